package org.kalamela.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code maxFailures} failed sign-ins within {@code window} lock the account for {@code lockDuration}
 * (DOMAIN.md: 5 within 15 minutes lock for 15 minutes). A successful sign-in clears the count.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure and positive durations");
        }
    }

    /** How long the account stays locked from {@code now}, or empty when it is not locked. */
    public Optional<Duration> remainingLock(LoginThrottle state, Instant now) {
        if (state.lockedUntil() == null || !now.isBefore(state.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.lockedUntil()));
    }

    /** The state after one more failure at {@code now}; it carries a lock once the limit is reached. */
    public LoginThrottle afterFailure(LoginThrottle state, Instant now) {
        boolean windowOpen = state.windowStart() != null && now.isBefore(state.windowStart().plus(window))
                && remainingLock(state, now).isEmpty() && state.lockedUntil() == null;
        int failures = windowOpen ? state.failures() + 1 : 1;
        Instant windowStart = windowOpen ? state.windowStart() : now;
        if (failures >= maxFailures) {
            return new LoginThrottle(failures, windowStart, now.plus(lockDuration));
        }
        return new LoginThrottle(failures, windowStart, null);
    }
}
