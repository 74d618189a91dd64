package org.kalamela.adapters.persistence.identity.lockout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.kalamela.domain.identity.lockout.ClientAddress;
import org.kalamela.domain.identity.lockout.LoginKey;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;
import org.kalamela.domain.identity.lockout.LoginThrottles;

/**
 * The counts live in {@code login_throttles}, one row per login and client address plus one row per login
 * for every address ({@code '*'}, which no {@link ClientAddress} can be). Rows are created on first need
 * (concurrent creators do not collide) and locked while they are read and updated, the every-address row
 * first, so that parallel failed sign-ins are all counted and never deadlock.
 */
@ApplicationScoped
public class PostgresLoginThrottleRepository implements LoginThrottleRepository {

    private static final String EVERY_ADDRESS = "*";

    private final LoginThrottlePanacheRepository throttles;

    @Inject
    PostgresLoginThrottleRepository(LoginThrottlePanacheRepository throttles) {
        this.throttles = throttles;
    }

    @Override
    public LoginThrottles lockAndGet(LoginKey login, ClientAddress address) {
        Rows rows = lockedRows(login, address);
        return new LoginThrottles(LoginThrottleMapper.toDomain(rows.fromAddress()),
                LoginThrottleMapper.toDomain(rows.fromEveryAddress()));
    }

    @Override
    public void save(LoginKey login, ClientAddress address, LoginThrottles state) {
        Rows rows = lockedRows(login, address);
        LoginThrottleMapper.copy(state.fromAddress(), rows.fromAddress());
        LoginThrottleMapper.copy(state.fromEveryAddress(), rows.fromEveryAddress());
    }

    @Override
    public void clear(LoginKey login) {
        throttles.delete("loginKey", login.value());
    }

    @Override
    public void forgetStale(Instant windowStartedBefore, Instant now) {
        // SKIP LOCKED: a count that a running sign-in holds is left for next time instead of waited for.
        em().createNativeQuery("""
                        DELETE FROM login_throttles WHERE (login_key, client_address) IN (
                            SELECT login_key, client_address FROM login_throttles
                            WHERE (window_start IS NULL OR window_start < ?1)
                              AND (locked_until IS NULL OR locked_until <= ?2)
                            LIMIT 500 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, windowStartedBefore)
                .setParameter(2, now)
                .executeUpdate();
    }

    private record Rows(LoginThrottleEntity fromAddress, LoginThrottleEntity fromEveryAddress) {
    }

    /** Both rows, created if missing and locked in a fixed order (the VALUES order): the every-address row first. */
    private Rows lockedRows(LoginKey login, ClientAddress address) {
        // DO UPDATE (a no-op write) rather than DO NOTHING: it locks a row that already exists at once, so a
        // concurrent clear() or forgetStale() cannot delete it between this insert and the lookups below.
        em().createNativeQuery("INSERT INTO login_throttles (login_key, client_address) VALUES (?1, ?2), (?1, ?3) "
                        + "ON CONFLICT (login_key, client_address) DO UPDATE SET failures = login_throttles.failures")
                .setParameter(1, login.value())
                .setParameter(2, EVERY_ADDRESS)
                .setParameter(3, address.value())
                .executeUpdate();
        LoginThrottleEntity every = lockedRow(login, EVERY_ADDRESS);
        return new Rows(lockedRow(login, address.value()), every);
    }

    /** The row as the database has it now: bulk deletes and updates bypass the persistence context. */
    private LoginThrottleEntity lockedRow(LoginKey login, String address) {
        LoginThrottleEntity row = throttles.findById(new LoginThrottleEntity.Key(login.value(), address),
                LockModeType.PESSIMISTIC_WRITE);
        em().refresh(row);
        return row;
    }

    private EntityManager em() {
        return throttles.getEntityManager();
    }
}
