package org.kalamela.domain.festival.entry;

/** Identifies an individual entry. Typed so that an entry's id cannot be passed where another id is expected. */
public record IndividualEntryId(long value) {

    public IndividualEntryId {
        if (value <= 0) {
            throw new IllegalArgumentException("individual entry ids are positive: " + value);
        }
    }

    public static IndividualEntryId of(long value) {
        return new IndividualEntryId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
