package org.kalamela.adapters.persistence.payment.payment;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.payment.payment.PaymentTransition;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * Payments in {@code payments}, their histories in {@code payment_transitions}. A payment is read with two
 * statements (the row, its history); the open payment and the paid total are one statement each.
 */
@ApplicationScoped
public class PostgresPaymentRepository implements PaymentRepository {

    private static final List<String> OPEN = List.of(PaymentStatus.AWAITING_PROOF.name(),
            PaymentStatus.PROOF_SUBMITTED.name());

    private final PaymentPanacheRepository payments;
    private final PaymentTransitionPanacheRepository transitions;

    @Inject
    PostgresPaymentRepository(PaymentPanacheRepository payments, PaymentTransitionPanacheRepository transitions) {
        this.payments = payments;
        this.transitions = transitions;
    }

    @Override
    public Payment add(NewPayment payment) {
        PaymentEntity entity = PaymentMapper.toEntity(payment);
        SchemaConstraints.writing(() -> {
            payments.persist(entity);
            payments.flush();
        });
        Payment created = Payment.created(PaymentId.of(entity.id), payment);
        transitions.persist(PaymentMapper.toEntity(created.id(), created.creation()));
        return created;
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return payments.findByIdOptional(id.value()).map(this::withHistory);
    }

    /** {@code SELECT … FOR UPDATE}: the row lock puts the payment's moves one after the other. */
    @Override
    public Optional<Payment> lock(PaymentId id) {
        return payments.findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(this::withHistory);
    }

    @Override
    public void recordMove(Payment moved) {
        PaymentEntity entity = payments.findByIdOptional(moved.id().value())
                .orElseThrow(() -> new IllegalStateException("no payment " + moved.id()));
        PaymentTransition move = moved.lastTransition();
        if (move.from() == null || !move.from().name().equals(entity.status)) {
            throw new IllegalStateException("payment " + moved.id() + " is " + entity.status + ", not " + move.from());
        }
        entity.status = moved.status().name();
        transitions.persist(PaymentMapper.toEntity(moved.id(), move));
        SchemaConstraints.writing(payments::flush);
    }

    @Override
    public Optional<Payment> findOpen(PaymentScope scope, DistrictId district) {
        return payments.find("purpose = :purpose and " + PaymentMapper.scopeColumn(scope.purpose())
                        + " = :scope and districtId = :district and status in :open", scoped(scope, district)
                        .and("open", OPEN))
                .firstResultOptional().map(this::withHistory);
    }

    @Override
    public Optional<Payment> latest(PaymentScope scope, DistrictId district) {
        return payments.find("purpose = :purpose and " + PaymentMapper.scopeColumn(scope.purpose())
                                + " = :scope and districtId = :district",
                        Sort.descending("createdAt", "id"), scoped(scope, district))
                .firstResultOptional().map(this::withHistory);
    }

    @Override
    public Money approvedTotal(PaymentScope scope, DistrictId district) {
        BigDecimal total = payments.getEntityManager().createQuery("SELECT coalesce(sum(p.amount), 0) FROM "
                        + "PaymentEntity p WHERE p.purpose = :purpose AND p." + PaymentMapper.scopeColumn(scope.purpose())
                        + " = :scope AND p.districtId = :district AND p.status = 'APPROVED'", BigDecimal.class)
                .setParameter("purpose", scope.purpose().name())
                .setParameter("scope", PaymentMapper.scopeValue(scope))
                .setParameter("district", district.value())
                .getSingleResult();
        return new Money(total);
    }

    private static Parameters scoped(PaymentScope scope, DistrictId district) {
        return Parameters.with("purpose", scope.purpose().name()).and("scope", PaymentMapper.scopeValue(scope))
                .and("district", district.value());
    }

    private Payment withHistory(PaymentEntity entity) {
        return PaymentMapper.toDomain(entity, transitions.list("paymentId", Sort.ascending("id"), entity.id));
    }
}
