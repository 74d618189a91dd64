package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Read port: the edition's plan as the schedule screens and the clash report need it. Each method is one
 * statement whatever the size of the edition, so the clash report of a whole edition (45 events, about 2,000
 * entries) is one query plus the sweep in memory.
 */
public interface ScheduleReader {

    /** The scheduled events with their counts, their participants and their judges, in one statement. */
    ScheduleFacts facts(EditionYear edition);

    /** The scheduled events with their counts and stage status, by start. */
    List<ScheduledEventRow> events(EditionYear edition);

    /** The slots of the edition's latest publication with names and each event's stage status, by start. */
    List<PublishedSlotRow> published(EditionYear edition);

    /** The edition's latest publication, with the publishing admin's name and the acknowledged clashes. */
    Optional<PublicationRow> latestPublication(EditionYear edition);
}
