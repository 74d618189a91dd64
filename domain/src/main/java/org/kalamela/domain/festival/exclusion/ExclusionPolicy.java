package org.kalamela.domain.festival.exclusion;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A member is excluded from an edition once: the first exclusion's reason is the one on record, so a
 * second one is refused rather than silently replacing it.
 */
public final class ExclusionPolicy {

    private ExclusionPolicy() {
    }

    /** Throws {@code ALREADY_EXCLUDED} when the member already has an exclusion in the edition. */
    public static void checkNew(NewExclusion exclusion, boolean memberAlreadyExcluded) {
        if (memberAlreadyExcluded) {
            throw new RuleViolation(ErrorCode.ALREADY_EXCLUDED, "Member " + exclusion.memberId()
                    + " is already excluded from edition " + exclusion.edition());
        }
    }
}
