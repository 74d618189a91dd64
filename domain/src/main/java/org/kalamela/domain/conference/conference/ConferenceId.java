package org.kalamela.domain.conference.conference;

/** Identifies a conference. Typed so that a conference's id cannot be passed where another id is expected. */
public record ConferenceId(long value) {

    public ConferenceId {
        if (value <= 0) {
            throw new IllegalArgumentException("conference ids are positive: " + value);
        }
    }

    public static ConferenceId of(long value) {
        return new ConferenceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
