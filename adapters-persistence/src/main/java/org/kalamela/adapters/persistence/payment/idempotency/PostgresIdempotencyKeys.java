package org.kalamela.adapters.persistence.payment.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.festival.AdvisoryLockKey;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotencyKeys;
import org.kalamela.application.payment.idempotency.RememberedRequest;
import org.kalamela.application.payment.idempotency.RequestFingerprint;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Remembered requests in {@code idempotency_keys}, keyed by account and key; the key's advisory lock
 * ({@code idempotency/<account>/<key>}) makes a parallel request with the same key wait for the first to end,
 * after which it reads what the first remembered.
 */
@ApplicationScoped
public class PostgresIdempotencyKeys implements IdempotencyKeys {

    private final EntityManager em;

    @Inject
    public PostgresIdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lock(AccountId account, IdempotencyKey key) {
        AdvisoryLockKey.of("idempotency/" + account + "/" + key).acquire(em);
    }

    @Override
    public Optional<RememberedRequest> find(AccountId account, IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, resource_id, created_at FROM idempotency_keys
                        WHERE account_id = ?1 AND idempotency_key = ?2""")
                .setParameter(1, account.value()).setParameter(2, key.value()).getResultList();
        return rows.stream().findFirst().map(row -> new RememberedRequest(account, key,
                new RequestFingerprint(((String) row[0]).strip()), Columns.number(row[1]), Columns.instant(row[2])));
    }

    @Override
    public void remember(RememberedRequest request) {
        em.createNativeQuery("""
                        INSERT INTO idempotency_keys (account_id, idempotency_key, request_hash, resource_id, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, request.account().value()).setParameter(2, request.key().value())
                .setParameter(3, request.fingerprint().sha256()).setParameter(4, request.resourceId())
                .setParameter(5, request.at()).executeUpdate();
    }
}
