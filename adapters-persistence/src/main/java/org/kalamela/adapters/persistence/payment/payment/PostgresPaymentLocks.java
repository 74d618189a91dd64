package org.kalamela.adapters.persistence.payment.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.festival.AdvisoryLockKey;
import org.kalamela.domain.payment.payment.PaymentLocks;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A district's payments of one scope, locked with {@code pg_advisory_xact_lock} on
 * {@code payment/<purpose>/<reference>/district/<id>} until the transaction ends (docs/architecture.md, ADR-7).
 */
@ApplicationScoped
public class PostgresPaymentLocks implements PaymentLocks {

    private final EntityManager em;

    @Inject
    public PostgresPaymentLocks(EntityManager em) {
        this.em = em;
    }

    public static AdvisoryLockKey scope(PaymentScope scope, DistrictId district) {
        return AdvisoryLockKey.of("payment/" + scope.purpose().name() + "/" + scope.reference() + "/district/"
                + district);
    }

    @Override
    public void lockScope(PaymentScope scope, DistrictId district) {
        scope(scope, district).acquire(em);
    }
}
