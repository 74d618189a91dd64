package org.kalamela.application.payment.payment;

import java.util.List;
import java.util.Objects;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.proof.Proof;

/** A payment with its history (in the payment) and its proofs, oldest first. */
public record PaymentDetails(Payment payment, List<Proof> proofs) {

    public PaymentDetails {
        Objects.requireNonNull(payment, "payment");
        proofs = List.copyOf(proofs);
    }
}
