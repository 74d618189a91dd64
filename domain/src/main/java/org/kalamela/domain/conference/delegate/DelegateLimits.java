package org.kalamela.domain.conference.delegate;

/**
 * How many officials and how many members a district may send to a conference. The district keeps them
 * (the registry's conference limits, from {@code data/districts.csv}, editable by the admin); the conference
 * reads them when it counts, so an edit applies to the district at once.
 */
public record DelegateLimits(int officials, int members) {

    public DelegateLimits {
        if (officials < 0 || members < 0) {
            throw new IllegalArgumentException("limits are 0 or more: " + officials + ", " + members);
        }
    }

    public int of(DelegateKind kind) {
        return kind == DelegateKind.OFFICIAL ? officials : members;
    }

    /** Places left of a kind; 0 when the district is at (or, after the admin lowered it, over) its limit. */
    public int remaining(DelegateKind kind, int registered) {
        return Math.max(0, of(kind) - registered);
    }
}
