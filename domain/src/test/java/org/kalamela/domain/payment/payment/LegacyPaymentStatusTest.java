package org.kalamela.domain.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyPaymentStatusTest {

    @Test
    void theKalamelaStatusesMapOntoTheWorkflow() {
        assertThat(LegacyPaymentStatus.map("Pending, No Proof Uploaded", false)).contains(PaymentStatus.AWAITING_PROOF);
        assertThat(LegacyPaymentStatus.map("Pending, Proof Uploaded", true)).contains(PaymentStatus.PROOF_SUBMITTED);
        assertThat(LegacyPaymentStatus.map("Paid", true)).contains(PaymentStatus.APPROVED);
        assertThat(LegacyPaymentStatus.map("Declined", true)).contains(PaymentStatus.REJECTED);
        assertThat(LegacyPaymentStatus.map("Confirmation Pending", true)).contains(PaymentStatus.PROOF_SUBMITTED);
    }

    @Test
    void theConferenceStatusesMapByWhetherAProofWasUploaded() {
        assertThat(LegacyPaymentStatus.map("PAID", false)).contains(PaymentStatus.APPROVED);
        assertThat(LegacyPaymentStatus.map("NOT PAID", false)).contains(PaymentStatus.AWAITING_PROOF);
        assertThat(LegacyPaymentStatus.map("NOT PAID", true)).contains(PaymentStatus.PROOF_SUBMITTED);
        assertThat(LegacyPaymentStatus.map(" not_paid ", false)).contains(PaymentStatus.AWAITING_PROOF);
    }

    @Test
    void anythingElseIsNotGuessed() {
        assertThat(LegacyPaymentStatus.map("Refunded", false)).isEmpty();
        assertThat(LegacyPaymentStatus.map(null, false)).isEmpty();
        assertThat(LegacyPaymentStatus.map("", true)).isEmpty();
    }
}
