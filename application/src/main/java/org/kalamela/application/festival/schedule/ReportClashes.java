package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The clash report of the current edition's plan, or of one day of it: one read of the plan with its
 * participants and judges, then the sweep in memory ({@link org.kalamela.domain.festival.schedule.ClashDetector}).
 */
@UseCase
public class ReportClashes {

    private final ScheduleReader reader;
    private final CurrentEdition editions;

    @Inject
    public ReportClashes(ScheduleReader reader, CurrentEdition editions) {
        this.reader = reader;
        this.editions = editions;
    }

    /** @param day null for the whole edition */
    @Transactional
    public List<ClashView> execute(LocalDate day, Actor actor) {
        actor.require(Role.ADMIN);
        EditionPlan plan = EditionPlan.of(reader.facts(editions.require().year()));
        return plan.clashes(Optional.ofNullable(day).map(ScheduleDay::of)).clashes().stream()
                .map(plan::describe).toList();
    }
}
