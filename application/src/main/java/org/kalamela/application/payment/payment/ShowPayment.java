package org.kalamela.application.payment.payment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** A payment with its history and proofs: any for the admin, the district's own for its official. */
@UseCase
public class ShowPayment {

    private final PaymentFinder finder;

    @Inject
    public ShowPayment(PaymentFinder finder) {
        this.finder = finder;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a payment that is missing, of
     *         another purpose or of another district
     */
    @Transactional
    public PaymentDetails execute(PaymentId id, PaymentPurpose purpose, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        return finder.details(finder.visible(id, purpose, actor));
    }
}
