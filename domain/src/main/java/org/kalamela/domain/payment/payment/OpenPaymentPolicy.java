package org.kalamela.domain.payment.payment;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A district has at most one open payment ({@link PaymentStatus#isOpen()}) per scope: a second one would ask
 * the admin to review two proofs for the same money. Checked under the scope's lock ({@link PaymentLocks}) and
 * backed by a partial unique index.
 */
public final class OpenPaymentPolicy {

    private OpenPaymentPolicy() {
    }

    /** @throws RuleViolation {@code PAYMENT_ALREADY_OPEN} when {@code open} holds a payment */
    public static void requireNoneOpen(Optional<Payment> open) {
        open.ifPresent(payment -> {
            throw new RuleViolation(ErrorCode.PAYMENT_ALREADY_OPEN, "Payment " + payment.id() + " of "
                    + payment.amount() + " is already " + payment.status() + "; finish it before making another");
        });
    }
}
