package org.kalamela.adapters.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.kalamela.domain.identity.LoginThrottle;
import org.kalamela.domain.identity.LoginThrottleRepository;
import org.kalamela.domain.shared.AccountId;

/**
 * The lockout state lives in {@code login_attempts}, one row per account. The row is created on first need
 * (concurrent creators do not collide) and locked while it is read and updated, so that parallel failed
 * sign-ins are all counted.
 */
@ApplicationScoped
public class PostgresLoginThrottleRepository implements LoginThrottleRepository {

    private final EntityManager em;

    @Inject
    public PostgresLoginThrottleRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public LoginThrottle lockAndGet(AccountId accountId) {
        LoginAttemptEntity row = lockedRow(accountId);
        em.refresh(row);
        return new LoginThrottle(row.failures, row.windowStart, row.lockedUntil);
    }

    @Override
    public void save(AccountId accountId, LoginThrottle state) {
        LoginAttemptEntity row = lockedRow(accountId);
        row.failures = state.failures();
        row.windowStart = state.windowStart();
        row.lockedUntil = state.lockedUntil();
    }

    private LoginAttemptEntity lockedRow(AccountId accountId) {
        em.createNativeQuery("INSERT INTO login_attempts (account_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, accountId.value())
                .executeUpdate();
        return em.find(LoginAttemptEntity.class, accountId.value(), LockModeType.PESSIMISTIC_WRITE);
    }
}
