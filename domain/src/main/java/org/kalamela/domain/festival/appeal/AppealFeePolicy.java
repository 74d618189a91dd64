package org.kalamela.domain.festival.appeal;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * When an appeal's fee payment may be opened and its fee confirmed: a payment is opened only for an appeal still
 * awaiting its fee and not paid already; the fee is confirmed only on a payment that exists (its proof submitted,
 * or approved already).
 */
public final class AppealFeePolicy {

    private AppealFeePolicy() {
    }

    public static void checkMayOpen(AppealStatus status, boolean paidAlready) {
        if (status != AppealStatus.SUBMITTED) {
            throw new RuleViolation(ErrorCode.ILLEGAL_APPEAL_TRANSITION,
                    "The appeal is " + status + ": its fee is settled");
        }
        if (paidAlready) {
            throw new RuleViolation(ErrorCode.APPEAL_FEE_PAID, "The appeal's fee is paid already");
        }
    }

    public static void checkPaymentOpened(boolean opened) {
        if (!opened) {
            throw new RuleViolation(ErrorCode.ILLEGAL_PAYMENT_TRANSITION,
                    "The appeal has no fee payment yet: the district's official opens one and uploads the proof");
        }
    }
}
