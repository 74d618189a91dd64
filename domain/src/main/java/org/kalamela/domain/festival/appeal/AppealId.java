package org.kalamela.domain.festival.appeal;

/** The identity of an appeal, given by the store. */
public record AppealId(long value) {

    public AppealId {
        if (value <= 0) {
            throw new IllegalArgumentException("an appeal id is positive: " + value);
        }
    }

    public static AppealId of(long value) {
        return new AppealId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
