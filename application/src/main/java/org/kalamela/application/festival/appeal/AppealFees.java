package org.kalamela.application.festival.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.application.payment.payment.PaymentOpening;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealFeePolicy;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.actor.Actor;

/**
 * An appeal's fee as a payment of the shared payments: purpose {@code APPEAL_FEE}, scoped by the appeal, paid by
 * the entry's district, for the edition's appeal fee. Opened by the district's official (at once when the
 * official files; for a public appeal when the official takes it up), proved with the shared proof upload and
 * approved when the admin confirms the fee. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class AppealFees {

    private final PaymentOpening opening;
    private final PaymentRepository payments;

    @Inject
    public AppealFees(PaymentOpening opening, PaymentRepository payments) {
        this.opening = opening;
        this.payments = payments;
    }

    public static PaymentScope scopeOf(Appeal appeal) {
        return PaymentScope.appealFee(appeal.id().value());
    }

    /**
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_APPEAL_TRANSITION} once the fee is confirmed or the appeal decided,
     *         {@code APPEAL_FEE_PAID} when an approved payment exists, {@code PAYMENT_ALREADY_OPEN} when one is
     *         awaiting proof or review
     */
    public Payment open(Appeal appeal, Edition edition, Actor actor) {
        return opening.open(scopeOf(appeal), appeal.district(), actor, () -> {
            AppealFeePolicy.checkMayOpen(appeal.status(),
                    latest(appeal).filter(payment -> payment.status() == PaymentStatus.APPROVED).isPresent());
            return edition.rules().appealFee();
        });
    }

    /** The appeal's most recent fee payment, whatever its status. */
    public Optional<Payment> latest(Appeal appeal) {
        return payments.latest(scopeOf(appeal), appeal.district());
    }
}
