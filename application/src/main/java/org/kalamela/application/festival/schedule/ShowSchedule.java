package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.application.festival.query.ScheduledEventRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin's view of the current edition's plan per day and stage, with the state of its publication. */
@UseCase
public class ShowSchedule {

    private final ScheduleReader reader;
    private final ScheduleRepository plan;
    private final CurrentEdition editions;

    @Inject
    public ShowSchedule(ScheduleReader reader, ScheduleRepository plan, CurrentEdition editions) {
        this.reader = reader;
        this.plan = plan;
        this.editions = editions;
    }

    /** @param day null for every day; @param stage null for every stage */
    @Transactional
    public ScheduleView execute(LocalDate day, StageId stage, Actor actor) {
        actor.require(Role.ADMIN);
        EditionYear edition = editions.require().year();
        Optional<PublicationRow> publication = reader.latestPublication(edition);
        long version = plan.version(edition);
        return new ScheduleView(publication, publication.map(one -> one.version() != version).orElse(false),
                StageDays.group(reader.events(edition), Optional.ofNullable(day).map(ScheduleDay::of),
                        Optional.ofNullable(stage), new StageDays.Reading<>(ScheduledEventRow::slot,
                                ScheduledEventRow::stageName, ScheduledEventRow::stageLocation)));
    }
}
