package org.kalamela.application.payment.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/** Payments in memory, kept like the {@code payments} table: one open payment per district and scope. */
public class InMemoryPaymentRepository implements PaymentRepository {

    private final Map<PaymentId, Payment> payments = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Payment add(NewPayment payment) {
        if (findOpen(payment.scope(), payment.district()).isPresent()) {
            throw new IllegalStateException("payments_one_open_uq: the district has an open payment of the scope");
        }
        Payment created = Payment.created(PaymentId.of(++lastId), payment);
        payments.put(created.id(), created);
        return created;
    }

    @Override
    public synchronized Optional<Payment> find(PaymentId id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> lock(PaymentId id) {
        return find(id);
    }

    @Override
    public synchronized void recordMove(Payment moved) {
        Payment stored = payments.get(moved.id());
        if (stored == null || moved.history().size() != stored.history().size() + 1
                || !moved.history().subList(0, stored.history().size()).equals(stored.history())) {
            throw new IllegalStateException("not one move of a stored payment: " + moved.id());
        }
        payments.put(moved.id(), moved);
    }

    @Override
    public synchronized Optional<Payment> findOpen(PaymentScope scope, DistrictId district) {
        return of(scope, district).stream().filter(p -> p.status().isOpen()).findFirst();
    }

    @Override
    public synchronized Optional<Payment> latest(PaymentScope scope, DistrictId district) {
        return of(scope, district).stream().max(Comparator.comparing((Payment p) -> p.creation().at())
                .thenComparing(p -> p.id().value()));
    }

    @Override
    public synchronized Money approvedTotal(PaymentScope scope, DistrictId district) {
        return of(scope, district).stream().filter(p -> p.status() == PaymentStatus.APPROVED).map(Payment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** Every payment, in the order created. */
    public synchronized List<Payment> all() {
        return new ArrayList<>(payments.values());
    }

    private List<Payment> of(PaymentScope scope, DistrictId district) {
        return payments.values().stream().filter(p -> p.scope().equals(scope) && p.district().equals(district))
                .toList();
    }
}
