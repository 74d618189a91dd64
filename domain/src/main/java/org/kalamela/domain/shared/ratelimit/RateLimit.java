package org.kalamela.domain.shared.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** At most {@code capacity} requests per {@code period} for one key (usually a client address). */
public record RateLimit(String name, long capacity, Duration period) {
    public RateLimit {
        Objects.requireNonNull(name, "name");
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive period");
        }
    }
}
