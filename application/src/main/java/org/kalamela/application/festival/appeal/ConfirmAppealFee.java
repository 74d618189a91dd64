package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealFeePolicy;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin confirms an appeal's fee: its fee payment's submitted proof is approved (the shared payments' move,
 * audited as every approval) and the appeal moves to {@code FEE_CONFIRMED}, both or neither. A payment approved
 * already counts too.
 */
@UseCase
public class ConfirmAppealFee {

    private final AppealDetailsAssembler assembler;
    private final AppealRepository appeals;
    private final AppealFees fees;
    private final PaymentRepository payments;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ConfirmAppealFee(AppealDetailsAssembler assembler, AppealRepository appeals, AppealFees fees,
                            PaymentRepository payments, AuditLog audit, Clock clock) {
        this.assembler = assembler;
        this.appeals = appeals;
        this.fees = fees;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND}
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_APPEAL_TRANSITION} unless the appeal is submitted;
     *         {@code ILLEGAL_PAYMENT_TRANSITION} when its fee payment has no submitted proof (or none is opened)
     */
    @Transactional
    public AppealDetails execute(AppealId id, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        Appeal appeal = assembler.lockVisible(id, actor);
        Appeal confirmed = appeal.feeConfirmed(actor.accountId(), now);
        Optional<Payment> latest = fees.latest(appeal).flatMap(payment -> payments.lock(payment.id()));
        AppealFeePolicy.checkPaymentOpened(latest.isPresent());
        Payment fee = latest.orElseThrow();
        if (fee.status() != PaymentStatus.APPROVED) {
            Payment approved = fee.approved(actor.accountId(), now);
            payments.recordMove(approved);
            audit.record(AuditEntry.by(actor, "PAYMENT_APPROVED", "payment", fee.id(), now, Map.of(
                    "districtId", fee.district().toString(), "amount", fee.amount().toString())));
        }
        appeals.save(confirmed);
        audit.record(AuditEntry.by(actor, "APPEAL_FEE_CONFIRMED", "appeal", id, now,
                Map.of("paymentId", fee.id().toString())));
        return assembler.of(confirmed);
    }
}
