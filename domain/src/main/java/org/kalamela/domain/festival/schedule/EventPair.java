package org.kalamela.domain.festival.schedule;

import java.util.Objects;
import org.kalamela.domain.festival.event.EventId;

/** Two different events, the lower id first, so that a clash between them is named one way only. */
public record EventPair(EventId first, EventId second) {

    public EventPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.value() >= second.value()) {
            throw new IllegalArgumentException("an event pair names two events, lower id first: "
                    + first + ", " + second);
        }
    }

    public static EventPair of(EventId one, EventId other) {
        return one.value() < other.value() ? new EventPair(one, other) : new EventPair(other, one);
    }

    @Override
    public String toString() {
        return first + "-" + second;
    }
}
