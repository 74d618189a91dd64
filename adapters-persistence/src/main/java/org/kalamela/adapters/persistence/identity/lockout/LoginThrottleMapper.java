package org.kalamela.adapters.persistence.identity.lockout;

import org.kalamela.domain.identity.lockout.LoginThrottle;

/** The one mapping between a {@code login_throttles} row and a {@link LoginThrottle}. */
final class LoginThrottleMapper {

    private LoginThrottleMapper() {
    }

    static LoginThrottle toDomain(LoginThrottleEntity row) {
        return new LoginThrottle(row.failures, row.windowStart, row.lockedUntil);
    }

    static void copy(LoginThrottle state, LoginThrottleEntity row) {
        row.failures = state.failures();
        row.windowStart = state.windowStart();
        row.lockedUntil = state.lockedUntil();
    }
}
