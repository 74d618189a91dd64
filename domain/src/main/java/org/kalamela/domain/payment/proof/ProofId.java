package org.kalamela.domain.payment.proof;

/** Identifies an uploaded proof. */
public record ProofId(long value) {

    public ProofId {
        if (value <= 0) {
            throw new IllegalArgumentException("proof ids are positive: " + value);
        }
    }

    public static ProofId of(long value) {
        return new ProofId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
