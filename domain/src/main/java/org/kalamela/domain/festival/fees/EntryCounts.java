package org.kalamela.domain.festival.fees;

/** A district's current entries in an edition, as the fees count them: individual entries and teams. */
public record EntryCounts(long individualEntries, long teams) {

    public static final EntryCounts NONE = new EntryCounts(0, 0);

    public EntryCounts {
        if (individualEntries < 0 || teams < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
