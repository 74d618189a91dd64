package org.kalamela.domain.festival.event;

/** Identifies a festival event. Typed so that an event's id cannot be passed where another kind of id is expected. */
public record EventId(long value) {
    public EventId {
        if (value <= 0) {
            throw new IllegalArgumentException("event ids are positive: " + value);
        }
    }

    public static EventId of(long value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
