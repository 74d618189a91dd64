package org.kalamela.domain.payment.payment;

import java.util.Objects;

/**
 * The purpose of a payment and the one thing of that purpose it belongs to: for {@code KALAMELA_FEES} the
 * edition's year. A district has at most one open payment per scope ({@link OpenPaymentPolicy}).
 */
public record PaymentScope(PaymentPurpose purpose, long reference) {

    public PaymentScope {
        Objects.requireNonNull(purpose, "purpose");
        if (reference <= 0) {
            throw new IllegalArgumentException("a payment's scope names a positive reference: " + reference);
        }
    }

    public static PaymentScope kalamelaFees(int editionYear) {
        return new PaymentScope(PaymentPurpose.KALAMELA_FEES, editionYear);
    }

    /** The fees of a conference's delegates; the reference is the conference's id. */
    public static PaymentScope conferenceFees(long conferenceId) {
        return new PaymentScope(PaymentPurpose.CONFERENCE_FEES, conferenceId);
    }

    /** The fee of one appeal; the reference is the appeal's id. */
    public static PaymentScope appealFee(long appealId) {
        return new PaymentScope(PaymentPurpose.APPEAL_FEE, appealId);
    }

    @Override
    public String toString() {
        return purpose + "/" + reference;
    }
}
