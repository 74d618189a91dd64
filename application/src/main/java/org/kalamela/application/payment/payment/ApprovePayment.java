package org.kalamela.application.payment.payment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/** The admin accepts a submitted proof: the payment is approved and its amount counts as paid (audited). */
@UseCase
public class ApprovePayment {

    private final PaymentFinder finder;
    private final PaymentRepository payments;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ApprovePayment(PaymentFinder finder, PaymentRepository payments, AuditLog audit, Clock clock) {
        this.finder = finder;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a missing payment or one of another
     *         purpose
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_PAYMENT_TRANSITION} unless a proof
     *         is submitted
     */
    @Transactional
    public PaymentDetails execute(PaymentId id, PaymentPurpose purpose, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        Payment approved = finder.lockVisible(id, purpose, actor).approved(actor.accountId(), now);
        payments.recordMove(approved);
        audit.record(AuditEntry.by(actor, "PAYMENT_APPROVED", "payment", id, now, Map.of(
                "districtId", approved.district().toString(), "amount", approved.amount().toString())));
        return finder.details(approved);
    }
}
