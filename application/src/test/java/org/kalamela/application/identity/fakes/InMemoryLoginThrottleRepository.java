package org.kalamela.application.identity.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.kalamela.domain.identity.LoginThrottle;
import org.kalamela.domain.identity.LoginThrottleRepository;
import org.kalamela.domain.shared.AccountId;

/**
 * The failed-sign-in state per account in memory. Tests run one thread at a time, so the row lock of the
 * real repository has nothing to do here; times are kept to the microsecond like the database's.
 */
public class InMemoryLoginThrottleRepository implements LoginThrottleRepository {

    private final Map<AccountId, LoginThrottle> states = new HashMap<>();

    @Override
    public synchronized LoginThrottle lockAndGet(AccountId accountId) {
        return states.computeIfAbsent(accountId, id -> LoginThrottle.CLEAR);
    }

    @Override
    public synchronized void save(AccountId accountId, LoginThrottle state) {
        states.put(accountId, new LoginThrottle(state.failures(), micros(state.windowStart()),
                micros(state.lockedUntil())));
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
