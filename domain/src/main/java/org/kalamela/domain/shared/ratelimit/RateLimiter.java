package org.kalamela.domain.shared.ratelimit;

import java.time.Duration;
import java.util.Optional;

/**
 * Outbound port: counts requests per key against a limit, shared by every instance of the application.
 */
public interface RateLimiter {

    /** Takes one request from the key's allowance: empty when allowed, otherwise how long to wait. */
    Optional<Duration> tryAcquire(RateLimit limit, String key);

    /**
     * Takes one request from what this instance already holds of the key's allowance ({@link TokenLease}), without
     * waiting and without asking anyone: false when it holds nothing, and the caller then asks
     * {@link #tryAcquire}. An I/O thread may call it. Holding nothing is always a correct answer.
     */
    default boolean tryTakeHeld(RateLimit limit, String key) {
        return false;
    }
}
