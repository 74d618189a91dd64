package org.kalamela.domain.shared.ratelimit;

import java.time.Duration;
import java.util.Optional;

/**
 * Outbound port: counts requests per key against a limit, shared by every instance of the application.
 */
public interface RateLimiter {

    /** Takes one request from the key's allowance: empty when allowed, otherwise how long to wait. */
    Optional<Duration> tryAcquire(RateLimit limit, String key);
}
