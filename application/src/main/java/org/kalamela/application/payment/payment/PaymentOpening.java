package org.kalamela.application.payment.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.OpenPaymentPolicy;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentLocks;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * Opens a district's payment of a scope for whatever its purpose says is due: under the scope's lock, after the
 * one-open-payment rule, so two parallel creations give one payment and one {@code PAYMENT_ALREADY_OPEN}.
 * The amount is worked out under the lock too, from figures no parallel creation can change. Audited.
 */
@ApplicationScoped
public class PaymentOpening {

    private final PaymentRepository payments;
    private final PaymentLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PaymentOpening(PaymentRepository payments, PaymentLocks locks, AuditLog audit, Clock clock) {
        this.payments = payments;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param amountDue what the purpose's own rules say the payment is for; called under the lock, it refuses
     *                  with its own codes when nothing is due
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code PAYMENT_ALREADY_OPEN} when the district has
     *         an open payment of the scope
     */
    public Payment open(PaymentScope scope, DistrictId district, Actor actor, Supplier<Money> amountDue) {
        locks.lockScope(scope, district);
        OpenPaymentPolicy.requireNoneOpen(payments.findOpen(scope, district));
        Money amount = amountDue.get();
        Instant now = clock.instant();
        Payment payment = payments.add(new NewPayment(scope, district, amount, actor.accountId(), now));
        audit.record(AuditEntry.by(actor, "PAYMENT_CREATED", "payment", payment.id(), now, Map.of(
                "purpose", scope.purpose().name(), "scope", Long.toString(scope.reference()),
                "districtId", district.toString(), "amount", amount.toString())));
        return payment;
    }
}
