package org.kalamela.domain.festival.schedule;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.event.EventId;

/**
 * An event's place in the plan: its stage and its planned time, from {@code start} (inclusive) to {@code end}
 * (exclusive), so an event that starts when another ends does not overlap it.
 */
public record Slot(EventId event, StageId stage, Instant start, Instant end) {

    public Slot {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + " .. " + end);
        }
    }

    /** The slot of an event starting at {@code start} with its timing and number of performances. */
    public static Slot plan(EventId event, StageId stage, Instant start, Timing timing, int performances) {
        return new Slot(event, stage, start, start.plus(timing.plannedLength(performances)));
    }

    /** Whether the two share time on stage; a slot without length (an event nobody entered) shares none. */
    public boolean overlaps(Slot other) {
        return hasLength() && other.hasLength() && start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean hasLength() {
        return end.isAfter(start);
    }
}
