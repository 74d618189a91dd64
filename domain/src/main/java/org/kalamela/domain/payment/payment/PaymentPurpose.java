package org.kalamela.domain.payment.payment;

/**
 * What a payment pays for. Each purpose has a scope (see {@link PaymentScope}); the conference fee and the
 * appeal fee came with their contexts.
 */
public enum PaymentPurpose {
    /** A district's Kalamela fees of one edition; the scope is the edition's year. */
    KALAMELA_FEES,
    /** A district's conference fees for its delegates; the scope is the conference's id. */
    CONFERENCE_FEES,
    /** The fee of one appeal against a published result; the scope is the appeal's id. */
    APPEAL_FEE
}
