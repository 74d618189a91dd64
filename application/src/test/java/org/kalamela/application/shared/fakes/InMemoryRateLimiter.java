package org.kalamela.application.shared.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

/**
 * Token buckets in memory, refilled greedily like Bucket4j's: a full bucket holds {@code capacity} requests
 * and tokens come back one by one, spread evenly over the period. Time comes from the given clock.
 */
public class InMemoryRateLimiter implements RateLimiter {

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilledAt;

        private Bucket(double tokens, Instant refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }

    @Override
    public synchronized Optional<Duration> tryAcquire(RateLimit limit, String key) {
        Instant now = clock.instant();
        double nanosPerToken = (double) limit.period().toNanos() / limit.capacity();
        Bucket bucket = buckets.computeIfAbsent(limit.name() + ':' + key, k -> new Bucket(limit.capacity(), now));
        long elapsed = Duration.between(bucket.refilledAt, now).toNanos();
        bucket.tokens = Math.min(limit.capacity(), bucket.tokens + elapsed / nanosPerToken);
        bucket.refilledAt = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerToken)));
    }
}
