package org.kalamela.domain.conference.delegate;

/** Identifies a delegate of a conference. */
public record DelegateId(long value) {

    public DelegateId {
        if (value <= 0) {
            throw new IllegalArgumentException("delegate ids are positive: " + value);
        }
    }

    public static DelegateId of(long value) {
        return new DelegateId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
