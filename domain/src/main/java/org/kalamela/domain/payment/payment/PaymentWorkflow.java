package org.kalamela.domain.payment.payment;

import static org.kalamela.domain.payment.payment.PaymentStatus.APPROVED;
import static org.kalamela.domain.payment.payment.PaymentStatus.AWAITING_PROOF;
import static org.kalamela.domain.payment.payment.PaymentStatus.PROOF_SUBMITTED;
import static org.kalamela.domain.payment.payment.PaymentStatus.REJECTED;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The only moves of a payment (DOMAIN.md, "Fees and payments"): a proof is submitted to a payment awaiting one
 * or to a rejected one; a submitted proof is approved or rejected. Nothing leaves {@code APPROVED}. Any other
 * move is refused with {@code ILLEGAL_PAYMENT_TRANSITION}.
 */
public final class PaymentWorkflow {

    private PaymentWorkflow() {
    }

    /** The status after the step; throws when the step is not allowed from {@code from}. */
    public static PaymentStatus next(PaymentStatus from, PaymentStep step) {
        return target(from, step).orElseThrow(() -> new RuleViolation(ErrorCode.ILLEGAL_PAYMENT_TRANSITION,
                "A payment that is " + from + " cannot take the step " + step));
    }

    public static boolean allows(PaymentStatus from, PaymentStep step) {
        return target(from, step).isPresent();
    }

    private static Optional<PaymentStatus> target(PaymentStatus from, PaymentStep step) {
        return switch (step) {
            case SUBMIT_PROOF -> from == AWAITING_PROOF || from == REJECTED ? Optional.of(PROOF_SUBMITTED)
                    : Optional.empty();
            case APPROVE -> from == PROOF_SUBMITTED ? Optional.of(APPROVED) : Optional.empty();
            case REJECT -> from == PROOF_SUBMITTED ? Optional.of(REJECTED) : Optional.empty();
        };
    }
}
