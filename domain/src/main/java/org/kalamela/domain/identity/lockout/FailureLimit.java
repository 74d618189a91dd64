package org.kalamela.domain.identity.lockout;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One tier of the lockout: {@code maxFailures} failed sign-ins within {@code window} lock for
 * {@code lockDuration}. Failures after a lock has ended, or after the window has closed, start a fresh count.
 */
public record FailureLimit(int maxFailures, Duration window, Duration lockDuration) {

    public FailureLimit {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("a failure limit needs at least one failure");
        }
        if (window == null || lockDuration == null || window.isNegative() || window.isZero()
                || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a failure limit needs a positive window and lock duration");
        }
    }

    /** How long the state stays locked from {@code now}, or empty when it is not locked. */
    public Optional<Duration> remainingLock(LoginThrottle state, Instant now) {
        if (state.lockedUntil() == null || !now.isBefore(state.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.lockedUntil()));
    }

    /** The state after one more failure at {@code now}; it carries a lock once the limit is reached. */
    public LoginThrottle afterFailure(LoginThrottle state, Instant now) {
        boolean windowOpen = state.windowStart() != null && now.isBefore(state.windowStart().plus(window))
                && state.lockedUntil() == null;
        int failures = windowOpen ? state.failures() + 1 : 1;
        Instant windowStart = windowOpen ? state.windowStart() : now;
        if (failures >= maxFailures) {
            return new LoginThrottle(failures, windowStart, now.plus(lockDuration));
        }
        return new LoginThrottle(failures, windowStart, null);
    }
}
