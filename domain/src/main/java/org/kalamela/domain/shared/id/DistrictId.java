package org.kalamela.domain.shared.id;

/** Identifies a district. Typed so that a district's id cannot be passed where another kind of id is expected. */
public record DistrictId(long value) {
    public DistrictId {
        if (value <= 0) {
            throw new IllegalArgumentException("district ids are positive: " + value);
        }
    }

    public static DistrictId of(long value) {
        return new DistrictId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
