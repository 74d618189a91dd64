package org.kalamela.domain.shared.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tokens one instance has already taken from a key's shared bucket and may hand out by itself for a short while
 * (ADR-6): a lease. Every token handed out was taken from the shared bucket first, so several instances together
 * never grant more than the bucket allows; a lease's unused tokens are dropped when it expires, which can only
 * refuse a little more than the bucket alone would. Taking from a lease touches no lock and no database, so an
 * I/O thread may do it.
 *
 * <p>Leases are sized by demand: the first is one token (exactly the bucket's own answer); a lease used up before
 * it expires is followed by one twice its size (up to the limit's maximum); otherwise the next is as large as the
 * part of the last one that was used (at least one). A key asked once in a while is thus counted one token at a
 * time, and a key under heavy load asks the shared bucket about once per lease lifetime per doubling.
 *
 * <p>Within any stretch of time a lease lets an instance grant no more than the bucket allowed over that stretch
 * made longer by the lifetime, since a token is handed out at most that long after it was taken.
 */
public final class TokenLease {

    private final long lifetimeNanos;
    private final AtomicReference<Held> held = new AtomicReference<>();

    public TokenLease(Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a lease lives for a positive time");
        }
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** Hands out one held token if the lease has one left and has not expired at {@code nowNanos}. */
    public boolean tryTake(long nowNanos) {
        Held current = held.get();
        if (current == null || nowNanos - current.expiresAt >= 0) {
            return false;
        }
        long left;
        do {
            left = current.left.get();
            if (left <= 0) {
                return false;
            }
        } while (!current.left.compareAndSet(left, left - 1));
        return true;
    }

    /** How many tokens to ask the shared bucket for now, the last lease being spent or expired. */
    public long nextSize(long nowNanos, long maximum) {
        if (maximum < 1) {
            throw new IllegalArgumentException("a lease holds at least one token");
        }
        Held last = held.get();
        if (last == null) {
            return 1;
        }
        long used = last.size - Math.max(0, last.left.get());
        boolean usedUpInTime = used == last.size && nowNanos - last.expiresAt < 0;
        long next = usedUpInTime ? Math.multiplyExact(last.size, 2) : Math.max(1, used);
        return Math.min(maximum, next);
    }

    /**
     * Replaces the lease with {@code taken} tokens just taken from the shared bucket, of which the caller spends
     * the first at once; the rest are handed out by {@link #tryTake} until the lifetime ends. Called by one thread
     * at a time per key (whoever asked the bucket); {@link #tryTake} may run alongside.
     */
    public void renew(long taken, long nowNanos) {
        if (taken < 1) {
            throw new IllegalArgumentException("a lease is renewed with the tokens taken, at least one");
        }
        held.set(new Held(taken, new AtomicLong(taken - 1), nowNanos + lifetimeNanos));
    }

    private record Held(long size, AtomicLong left, long expiresAt) {
    }
}
