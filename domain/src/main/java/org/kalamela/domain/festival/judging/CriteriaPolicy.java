package org.kalamela.domain.festival.judging;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/** An event's criteria change only until the first mark: marks are given against them. */
public final class CriteriaPolicy {

    private CriteriaPolicy() {
    }

    public static void checkMayChange(boolean marksExist) {
        if (marksExist) {
            throw new RuleViolation(ErrorCode.CRITERIA_LOCKED,
                    "Marks exist for this event: its criteria no longer change");
        }
    }
}
