package org.kalamela.domain.payment.payment;

/** The moves a payment can be asked to make once it exists. */
public enum PaymentStep {
    /** The district uploads a proof. */
    SUBMIT_PROOF,
    /** The admin accepts the proof. */
    APPROVE,
    /** The admin refuses the proof, with a reason. */
    REJECT
}
