package org.kalamela.domain.festival.exclusion;

/** Identifies the exclusion of a member from an edition. */
public record ExclusionId(long value) {

    public ExclusionId {
        if (value <= 0) {
            throw new IllegalArgumentException("exclusion ids are positive: " + value);
        }
    }

    public static ExclusionId of(long value) {
        return new ExclusionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
