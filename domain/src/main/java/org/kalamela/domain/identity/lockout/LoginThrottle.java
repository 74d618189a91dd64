package org.kalamela.domain.identity.lockout;

import java.time.Instant;

/**
 * The persisted failed-sign-in state of one account: how many failures since {@code windowStart}, and until
 * when the account is locked. Kept in the database so that a lock holds across restarts and instances.
 */
public record LoginThrottle(int failures, Instant windowStart, Instant lockedUntil) {

    public static final LoginThrottle CLEAR = new LoginThrottle(0, null, null);

    public LoginThrottle {
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative");
        }
        if (failures > 0 && windowStart == null) {
            throw new IllegalArgumentException("failures are counted from the start of a window");
        }
    }
}
