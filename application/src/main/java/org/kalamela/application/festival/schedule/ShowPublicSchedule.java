package org.kalamela.application.festival.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.PublishedSlotRow;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.festival.schedule.StageId;

/**
 * The public's schedule of the current edition (no sign-in): the plan as last published, per day and stage,
 * with each event's stage status now. Before the first publication it is empty and says so.
 */
@UseCase
public class ShowPublicSchedule {

    private final ScheduleReader reader;
    private final CurrentEdition editions;

    @Inject
    public ShowPublicSchedule(ScheduleReader reader, CurrentEdition editions) {
        this.reader = reader;
        this.editions = editions;
    }

    /** @param day null for every day; @param stage null for every stage */
    @Transactional
    public PublicSchedule execute(LocalDate day, StageId stage) {
        EditionYear edition = editions.require().year();
        Optional<PublicationRow> publication = reader.latestPublication(edition);
        if (publication.isEmpty()) {
            return new PublicSchedule(false, Optional.empty(), List.of());
        }
        return new PublicSchedule(true, publication.map(PublicationRow::publishedAt),
                StageDays.group(reader.published(edition), Optional.ofNullable(day).map(ScheduleDay::of),
                        Optional.ofNullable(stage), new StageDays.Reading<>(
                                row -> new Slot(row.event(), row.stage(), row.start(), row.end()),
                                PublishedSlotRow::stageName, PublishedSlotRow::stageLocation)));
    }
}
