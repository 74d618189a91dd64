package org.kalamela.domain.payment.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * A district's payment for a purpose: the amount fixed when it was created, its status, and its history (every
 * move from the creation on, with actor, time and reason). The moves go through {@link PaymentWorkflow} and
 * return the moved payment, whose last transition is the move just made.
 */
public record Payment(PaymentId id, PaymentScope scope, DistrictId district, Money amount, PaymentStatus status,
                      List<PaymentTransition> history) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).from() != null) {
            throw new IllegalArgumentException("a payment's history starts with its creation");
        }
        if (history.get(history.size() - 1).to() != status) {
            throw new IllegalArgumentException("a payment's status is where its history ends");
        }
    }

    /** A payment just created from {@code created}, before anything else happened to it. */
    public static Payment created(PaymentId id, NewPayment created) {
        return new Payment(id, created.scope(), created.district(), created.amount(), PaymentStatus.AWAITING_PROOF,
                List.of(PaymentTransition.created(created.createdBy(), created.createdAt())));
    }

    public PaymentTransition creation() {
        return history.get(0);
    }

    public PaymentTransition lastTransition() {
        return history.get(history.size() - 1);
    }

    /** The district uploaded a proof: awaiting proof or rejected → {@code PROOF_SUBMITTED}. */
    public Payment proofSubmitted(AccountId actor, Instant at) {
        return moved(PaymentStep.SUBMIT_PROOF, actor, at, null);
    }

    /** The admin accepted the proof: {@code PROOF_SUBMITTED} → {@code APPROVED}. */
    public Payment approved(AccountId actor, Instant at) {
        return moved(PaymentStep.APPROVE, actor, at, null);
    }

    /** The admin refused the proof with a reason ({@link DeclineReason}): {@code PROOF_SUBMITTED} → {@code REJECTED}. */
    public Payment rejected(AccountId actor, String reason, Instant at) {
        return moved(PaymentStep.REJECT, actor, at, DeclineReason.checked(reason));
    }

    private Payment moved(PaymentStep step, AccountId actor, Instant at, String reason) {
        PaymentStatus next = PaymentWorkflow.next(status, step);
        List<PaymentTransition> longer = new ArrayList<>(history);
        longer.add(new PaymentTransition(status, next, actor, at, reason));
        return new Payment(id, scope, district, amount, next, longer);
    }
}
