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
import org.kalamela.application.payment.idempotency.KeyOwner;
import org.kalamela.application.payment.idempotency.RememberedRequest;
import org.kalamela.application.payment.idempotency.RequestFingerprint;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Remembered requests in {@code idempotency_keys}, keyed by owner (an account, or NULL for the public) and key; the key's advisory lock
 * ({@code idempotency/<owner>/<key>}) makes a parallel request with the same key wait for the first to end,
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
    public void lock(KeyOwner owner, IdempotencyKey key) {
        AdvisoryLockKey.of("idempotency/" + owner + "/" + key).acquire(em);
    }

    @Override
    public Optional<RememberedRequest> find(KeyOwner owner, IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, resource_id, created_at FROM idempotency_keys
                        WHERE COALESCE(account_id, 0) = ?1 AND idempotency_key = ?2""")
                .setParameter(1, accountColumn(owner)).setParameter(2, key.value()).getResultList();
        return rows.stream().findFirst().map(row -> new RememberedRequest(owner, key,
                new RequestFingerprint(((String) row[0]).strip()), Columns.number(row[1]), Columns.instant(row[2])));
    }

    @Override
    public void remember(RememberedRequest request) {
        em.createNativeQuery("""
                        INSERT INTO idempotency_keys (account_id, idempotency_key, request_hash, resource_id, created_at)
                        VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5)""")
                .setParameter(1, accountColumn(request.owner())).setParameter(2, request.key().value())
                .setParameter(3, request.fingerprint().sha256()).setParameter(4, request.resourceId())
                .setParameter(5, request.at()).executeUpdate();
    }

    /** The account column's value for the lookup: 0, which no account has, stands for the public's NULL. */
    private static long accountColumn(KeyOwner owner) {
        return owner.account().map(AccountId::value).orElse(0L);
    }
}
