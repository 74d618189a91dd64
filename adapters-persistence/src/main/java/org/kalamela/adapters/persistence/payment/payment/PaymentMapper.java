package org.kalamela.adapters.persistence.payment.payment;

import java.util.List;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.payment.payment.PaymentTransition;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * The one mapping between the {@code payments} and {@code payment_transitions} rows and a {@link Payment}. The
 * scope's reference goes to the column of its purpose.
 */
final class PaymentMapper {

    private PaymentMapper() {
    }

    static Payment toDomain(PaymentEntity e, List<PaymentTransitionEntity> history) {
        return new Payment(PaymentId.of(e.id), scopeOf(e), DistrictId.of(e.districtId), new Money(e.amount),
                PaymentStatus.valueOf(e.status), history.stream().map(PaymentMapper::toDomain).toList());
    }

    static PaymentEntity toEntity(NewPayment payment) {
        PaymentEntity e = new PaymentEntity();
        e.purpose = payment.scope().purpose().name();
        switch (payment.scope().purpose()) {
            case KALAMELA_FEES -> e.editionYear = Math.toIntExact(payment.scope().reference());
            case CONFERENCE_FEES -> e.conferenceId = payment.scope().reference();
            case APPEAL_FEE -> e.appealId = payment.scope().reference();
        }
        e.districtId = payment.district().value();
        e.amount = payment.amount().amount();
        e.status = PaymentStatus.AWAITING_PROOF.name();
        e.createdBy = payment.createdBy().value();
        e.createdAt = payment.createdAt();
        return e;
    }

    static PaymentTransitionEntity toEntity(PaymentId payment, PaymentTransition transition) {
        PaymentTransitionEntity e = new PaymentTransitionEntity();
        e.paymentId = payment.value();
        e.fromStatus = transition.from() == null ? null : transition.from().name();
        e.toStatus = transition.to().name();
        e.actorId = transition.actor().value();
        e.at = transition.at();
        e.reason = transition.reason();
        return e;
    }

    private static PaymentTransition toDomain(PaymentTransitionEntity e) {
        return new PaymentTransition(e.fromStatus == null ? null : PaymentStatus.valueOf(e.fromStatus),
                PaymentStatus.valueOf(e.toStatus), AccountId.of(e.actorId), e.at, e.reason);
    }

    private static PaymentScope scopeOf(PaymentEntity e) {
        PaymentPurpose purpose = PaymentPurpose.valueOf(e.purpose);
        return switch (purpose) {
            case KALAMELA_FEES -> PaymentScope.kalamelaFees(e.editionYear);
            case CONFERENCE_FEES -> PaymentScope.conferenceFees(e.conferenceId);
            case APPEAL_FEE -> PaymentScope.appealFee(e.appealId);
        };
    }

    /** The name of the scope column of a purpose, for the adapter's queries. */
    static String scopeColumn(PaymentPurpose purpose) {
        return switch (purpose) {
            case KALAMELA_FEES -> "editionYear";
            case CONFERENCE_FEES -> "conferenceId";
            case APPEAL_FEE -> "appealId";
        };
    }

    /** The scope's reference as the column holds it. */
    static Object scopeValue(PaymentScope scope) {
        return switch (scope.purpose()) {
            case KALAMELA_FEES -> Math.toIntExact(scope.reference());
            case CONFERENCE_FEES, APPEAL_FEE -> scope.reference();
        };
    }
}
