package org.kalamela.adapters.persistence.payment.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's queries on {@code payment_transitions}, for {@link PostgresPaymentRepository} alone. */
@ApplicationScoped
class PaymentTransitionPanacheRepository implements PanacheRepositoryBase<PaymentTransitionEntity, Long> {
}
