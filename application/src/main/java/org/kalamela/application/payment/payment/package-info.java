/**
 * The payment's use cases every purpose shares: showing a payment with its history and proofs, and the
 * admin's approval and rejection; {@link org.kalamela.application.payment.payment.PaymentOpening} opens a
 * payment for a purpose's own use case (the Kalamela's in {@code festival.fees}).
 */
package org.kalamela.application.payment.payment;
