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

/**
 * The admin refuses a submitted proof with a reason: the payment is rejected, the proof kept for the record,
 * and the official may upload another (audited).
 */
@UseCase
public class DeclinePayment {

    private final PaymentFinder finder;
    private final PaymentRepository payments;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DeclinePayment(PaymentFinder finder, PaymentRepository payments, AuditLog audit, Clock clock) {
        this.finder = finder;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.InvalidInput {@code VALIDATION_FAILED} for a blank reason or one
     *         over 1000 characters
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a missing payment or one of another
     *         purpose
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_PAYMENT_TRANSITION} unless a proof
     *         is submitted
     */
    @Transactional
    public PaymentDetails execute(PaymentId id, PaymentPurpose purpose, String reason, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        Payment rejected = finder.lockVisible(id, purpose, actor).rejected(actor.accountId(), reason, now);
        payments.recordMove(rejected);
        audit.record(AuditEntry.by(actor, "PAYMENT_REJECTED", "payment", id, now, Map.of(
                "districtId", rejected.district().toString(), "amount", rejected.amount().toString(),
                "reason", rejected.lastTransition().reason())));
        return finder.details(rejected);
    }
}
