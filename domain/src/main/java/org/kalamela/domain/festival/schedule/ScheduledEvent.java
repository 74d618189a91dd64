package org.kalamela.domain.festival.schedule;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;

/**
 * An event's place in the plan as the admin set it: the stage, the start and the timing. Its end is not
 * stored: it follows the number of entries (or teams) at the time it is read, see {@link #slot(int)}.
 */
public record ScheduledEvent(EventId event, EditionYear edition, StageId stage, Instant start, Timing timing) {

    public ScheduledEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timing, "timing");
    }

    /** The planned slot when {@code performances} entries or teams take part. */
    public Slot slot(int performances) {
        return Slot.plan(event, stage, start, timing, performances);
    }
}
