package org.kalamela.domain.shared.id;

/** Identifies a member. Typed so that a member's id cannot be passed where another kind of id is expected. */
public record MemberId(long value) {
    public MemberId {
        if (value <= 0) {
            throw new IllegalArgumentException("member ids are positive: " + value);
        }
    }

    public static MemberId of(long value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
