package org.kalamela.application.payment.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.proof.ProofRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.NotFound;

/**
 * Finds the payment a request names, as the actor may see it: an admin sees every payment, an official only
 * the district's; a payment of another purpose than the endpoint's, or of another district, is not found
 * (404, never a hint that it exists). Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class PaymentFinder {

    private final PaymentRepository payments;
    private final ProofRepository proofs;

    @Inject
    public PaymentFinder(PaymentRepository payments, ProofRepository proofs) {
        this.payments = payments;
        this.proofs = proofs;
    }

    /** @throws NotFound {@code NOT_FOUND} when the payment is missing, of another purpose or not the actor's */
    public Payment visible(PaymentId id, PaymentPurpose purpose, Actor actor) {
        return visible(payments.find(id), id, purpose, actor);
    }

    /**
     * As {@link #visible}, and locks the payment until the transaction ends.
     *
     * @throws NotFound {@code NOT_FOUND} when the payment is missing, of another purpose or not the actor's
     */
    public Payment lockVisible(PaymentId id, PaymentPurpose purpose, Actor actor) {
        return visible(payments.lock(id), id, purpose, actor);
    }

    /** The payment with its proofs. */
    public PaymentDetails details(Payment payment) {
        return new PaymentDetails(payment, proofs.ofPayment(payment.id()));
    }

    private static Payment visible(Optional<Payment> found, PaymentId id, PaymentPurpose purpose, Actor actor) {
        return found.filter(payment -> payment.scope().purpose() == purpose)
                .filter(payment -> actor.mayAccessDistrict(payment.district()))
                .orElseThrow(() -> new NotFound("Payment", id));
    }
}
