package org.kalamela.domain.festival.schedule;

/** Identifies a stage (a venue) of an edition. */
public record StageId(long value) {
    public StageId {
        if (value <= 0) {
            throw new IllegalArgumentException("stage ids are positive: " + value);
        }
    }

    public static StageId of(long value) {
        return new StageId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
