package org.kalamela.domain.shared.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code capacity} requests per {@code period} for one key (usually a client address). {@code lease} is
 * the most tokens one instance may take from the shared bucket at once and hand out itself for a second
 * ({@link TokenLease}); 1, the default, asks the shared bucket for every request. A lease never takes more than
 * a quarter of the capacity ({@link #largestLease()}), so a lease dropped unused wastes at most that much of
 * an address's allowance.
 */
public record RateLimit(String name, long capacity, Duration period, long lease) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request per positive period");
        }
        if (lease < 1) {
            throw new IllegalArgumentException("a lease holds at least one token");
        }
    }

    /** A limit counted in the shared bucket for every request. */
    public RateLimit(String name, long capacity, Duration period) {
        this(name, capacity, period, 1);
    }

    /** The configured lease, but no more than a quarter of the capacity (and at least one token). */
    public long largestLease() {
        return Math.min(lease, Math.max(1, capacity / 4));
    }

    /** Whether an instance may hold more than the one token a request takes. */
    public boolean leases() {
        return largestLease() > 1;
    }
}
