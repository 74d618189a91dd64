package org.kalamela.application.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.payment.payment.LegacyPaymentStatus;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * Writes an old payment into the shared payment model (ADR-11): created by the district's account, then moved
 * through the workflow to the status {@link LegacyPaymentStatus} maps the old one to (a proof by the creator,
 * a decision by the importing admin), so its history is one the workflow allows. Proof files stay on the old
 * server: the payment records no proof, and the note names the old file.
 */
@ApplicationScoped
public class LegacyPayments {

    static final String DECLINED_REASON = "Declined in the old app";

    private final PaymentRepository payments;

    @Inject
    public LegacyPayments(PaymentRepository payments) {
        this.payments = payments;
    }

    /** Loads the payment, or reports why not; returns the new id when loaded. */
    public Optional<Long> load(long rowId, PaymentScope scope, DistrictId district, BigDecimal amount,
                               String status, String proofPath, AccountId paidBy, Instant at, ImportBatch batch) {
        boolean proof = proofPath != null && !proofPath.isBlank();
        Optional<PaymentStatus> mapped = LegacyPaymentStatus.map(status, proof);
        if (mapped.isEmpty()) {
            batch.skipped(rowId, "unknown payment status '" + status + "'");
            return Optional.empty();
        }
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            batch.skipped(rowId, "amount " + amount + " is not a payment");
            return Optional.empty();
        }
        boolean open = mapped.get() == PaymentStatus.AWAITING_PROOF || mapped.get() == PaymentStatus.PROOF_SUBMITTED;
        if (open && payments.findOpen(scope, district).isPresent()) {
            batch.skipped(rowId, "the district already has an open payment of " + scope);
            return Optional.empty();
        }
        Payment payment = payments.add(new NewPayment(scope, district, new Money(amount), paidBy, at));
        AccountId admin = batch.run().importer();
        if (mapped.get() != PaymentStatus.AWAITING_PROOF) {
            payment = payment.proofSubmitted(paidBy, at);
            payments.recordMove(payment);
        }
        if (mapped.get() == PaymentStatus.APPROVED) {
            payments.recordMove(payment.approved(admin, batch.run().at()));
        } else if (mapped.get() == PaymentStatus.REJECTED) {
            payments.recordMove(payment.rejected(admin, DECLINED_REASON, batch.run().at()));
        }
        if (proof) {
            batch.note(rowId, "proof file '" + proofPath.strip() + "' stays on the old server");
        }
        return Optional.of(payment.id().value());
    }
}
