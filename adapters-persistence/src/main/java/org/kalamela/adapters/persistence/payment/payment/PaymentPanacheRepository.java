package org.kalamela.adapters.persistence.payment.payment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's queries on {@code payments}, for {@link PostgresPaymentRepository} alone. */
@ApplicationScoped
class PaymentPanacheRepository implements PanacheRepositoryBase<PaymentEntity, Long> {
}
