package org.kalamela.application.identity.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.identity.lockout.ClientAddress;
import org.kalamela.domain.identity.lockout.LoginKey;
import org.kalamela.domain.identity.lockout.LoginThrottle;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;
import org.kalamela.domain.identity.lockout.LoginThrottles;

/**
 * The failed-sign-in counts in memory, per login and address and per login from every address (an empty
 * address). Tests run one thread at a time, so the row locks of the real repository have nothing to do here;
 * times are kept to the microsecond like the database's.
 */
public class InMemoryLoginThrottleRepository implements LoginThrottleRepository {

    private record Key(LoginKey login, Optional<ClientAddress> address) {
    }

    private final Map<Key, LoginThrottle> states = new HashMap<>();

    @Override
    public synchronized LoginThrottles lockAndGet(LoginKey login, ClientAddress address) {
        return new LoginThrottles(get(new Key(login, Optional.of(address))), get(new Key(login, Optional.empty())));
    }

    @Override
    public synchronized void save(LoginKey login, ClientAddress address, LoginThrottles state) {
        states.put(new Key(login, Optional.of(address)), micros(state.fromAddress()));
        states.put(new Key(login, Optional.empty()), micros(state.fromEveryAddress()));
    }

    @Override
    public synchronized void clear(LoginKey login) {
        states.keySet().removeIf(key -> key.login().equals(login));
    }

    @Override
    public synchronized void forgetStale(Instant windowStartedBefore, Instant now) {
        states.values().removeIf(s -> (s.windowStart() == null || s.windowStart().isBefore(windowStartedBefore))
                && (s.lockedUntil() == null || !s.lockedUntil().isAfter(now)));
    }

    /** How many counts are kept, of every login and address. */
    public synchronized int size() {
        return states.size();
    }

    private LoginThrottle get(Key key) {
        return states.getOrDefault(key, LoginThrottle.CLEAR);
    }

    private static LoginThrottle micros(LoginThrottle state) {
        return new LoginThrottle(state.failures(), micros(state.windowStart()), micros(state.lockedUntil()));
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
