package org.kalamela.domain.payment.payment;

import java.util.Objects;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A rejected payment takes another proof only while it is the district's latest payment of its scope. Once the
 * district has made a newer payment for the same balance, the rejected one is superseded: a proof for it would
 * reopen a second payment for the same money (and, were both approved, count it twice). A rejected payment is
 * not open ({@link PaymentStatus#isOpen()}), so neither {@link OpenPaymentPolicy} nor the one-open index sees
 * it; this rule is checked under the scope's lock ({@link PaymentLocks}), as creations are.
 */
public final class SupersededPaymentPolicy {

    private SupersededPaymentPolicy() {
    }

    /**
     * @param latest the district's most recently created payment of the payment's scope
     * @throws RuleViolation {@code PAYMENT_SUPERSEDED} when {@code payment} is rejected and {@code latest} is
     *         another payment
     */
    public static void requireNotSuperseded(Payment payment, PaymentId latest) {
        Objects.requireNonNull(latest, "latest");
        if (isSuperseded(payment, latest)) {
            throw new RuleViolation(ErrorCode.PAYMENT_SUPERSEDED, "Payment " + payment.id() + " was rejected and "
                    + "payment " + latest + " was made since for the same balance: upload the proof to that one");
        }
    }

    /** Whether {@code payment} is rejected and no longer the district's latest of its scope. */
    public static boolean isSuperseded(Payment payment, PaymentId latest) {
        return payment.status() == PaymentStatus.REJECTED && !payment.id().equals(latest);
    }
}
