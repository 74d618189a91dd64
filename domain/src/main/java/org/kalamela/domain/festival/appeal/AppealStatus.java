package org.kalamela.domain.festival.appeal;

/**
 * Where an appeal stands: filed ({@code SUBMITTED}), its fee confirmed by the admin ({@code FEE_CONFIRMED}),
 * then decided ({@code ACCEPTED} or {@code REJECTED}, final).
 */
public enum AppealStatus {
    SUBMITTED,
    FEE_CONFIRMED,
    ACCEPTED,
    REJECTED;

    /** Not decided yet: the admin's pending list. */
    public boolean isPending() {
        return this == SUBMITTED || this == FEE_CONFIRMED;
    }
}
