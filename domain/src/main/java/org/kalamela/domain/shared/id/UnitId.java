package org.kalamela.domain.shared.id;

/** Identifies a unit. Typed so that a unit's id cannot be passed where another kind of id is expected. */
public record UnitId(long value) {
    public UnitId {
        if (value <= 0) {
            throw new IllegalArgumentException("unit ids are positive: " + value);
        }
    }

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
