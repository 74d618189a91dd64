package org.kalamela.domain.payment.payment;

import java.util.Locale;
import java.util.Optional;

/**
 * The statuses of the old app's payments, as text, in the new workflow. The Kalamela payments went
 * "Pending, No Proof Uploaded" → "Pending, Proof Uploaded" → "Paid" (an invalid proof was cleared back to the
 * first), with "Declined" for a refusal; the conference payments were "NOT PAID" or "PAID". Anything else is not
 * guessed: the payment is reported and left out.
 */
public final class LegacyPaymentStatus {

    private LegacyPaymentStatus() {
    }

    /**
     * @param status the old status text
     * @param proofUploaded whether the old row names a proof file (a conference payment "NOT PAID" with a proof
     *        was waiting for the admin)
     */
    public static Optional<PaymentStatus> map(String status, boolean proofUploaded) {
        String text = status == null ? "" : status.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s,_-]+", " ");
        return switch (text) {
            case "paid", "approved", "confirmed" -> Optional.of(PaymentStatus.APPROVED);
            case "declined", "rejected", "invalid" -> Optional.of(PaymentStatus.REJECTED);
            case "pending proof uploaded", "proof uploaded", "confirmation pending" ->
                    Optional.of(PaymentStatus.PROOF_SUBMITTED);
            case "pending no proof uploaded", "pending", "not paid" ->
                    Optional.of(proofUploaded ? PaymentStatus.PROOF_SUBMITTED : PaymentStatus.AWAITING_PROOF);
            default -> Optional.empty();
        };
    }
}
