package org.kalamela.domain.payment.payment;

/** Identifies a payment. Typed so that a payment's id cannot be passed where another id is expected. */
public record PaymentId(long value) {

    public PaymentId {
        if (value <= 0) {
            throw new IllegalArgumentException("payment ids are positive: " + value);
        }
    }

    public static PaymentId of(long value) {
        return new PaymentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
