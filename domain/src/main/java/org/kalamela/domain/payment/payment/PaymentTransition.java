package org.kalamela.domain.payment.payment;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/**
 * One move of a payment, as its history records it: from which status (none for the creation) to which, by
 * whom, when, and the reason the admin gave for a rejection.
 */
public record PaymentTransition(PaymentStatus from, PaymentStatus to, AccountId actor, Instant at, String reason) {

    public PaymentTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if ((to == PaymentStatus.REJECTED) != (reason != null)) {
            throw new IllegalArgumentException("a rejection, and only a rejection, has a reason");
        }
    }

    /** The first entry of every history: the payment was created, awaiting its proof. */
    public static PaymentTransition created(AccountId actor, Instant at) {
        return new PaymentTransition(null, PaymentStatus.AWAITING_PROOF, actor, at, null);
    }
}
