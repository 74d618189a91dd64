package org.kalamela.domain.payment.payment;

/** Where a payment stands; {@link PaymentWorkflow} says how it moves. */
public enum PaymentStatus {
    /** Created for the amount due; the district has not uploaded a proof yet. */
    AWAITING_PROOF,
    /** A proof is uploaded and waits for the admin's review. */
    PROOF_SUBMITTED,
    /** The admin accepted the proof: the amount counts as paid. Final. */
    APPROVED,
    /** The admin refused the proof with a reason; the proof is kept and the district may upload another. */
    REJECTED;

    /** Open payments are those still in the district's hands or the admin's: awaiting proof or review. */
    public boolean isOpen() {
        return this == AWAITING_PROOF || this == PROOF_SUBMITTED;
    }
}
