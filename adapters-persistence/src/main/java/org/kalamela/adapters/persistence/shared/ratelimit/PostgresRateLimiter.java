package org.kalamela.adapters.persistence.shared.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.util.concurrent.batch.BatchHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;
import org.kalamela.domain.shared.ratelimit.TokenLease;

/**
 * Token buckets kept in PostgreSQL by Bucket4j, so that every instance behind a load balancer counts against
 * the same allowance. Called outside the use cases' transactions: Bucket4j runs its own short ones.
 *
 * <p>Each bucket's state is one row, read with {@code SELECT … FOR UPDATE} and written back, so the requests of
 * one address queue on that row; many phones behind one festival Wi-Fi share an address. Bucket4j's batching
 * optimisation (ADR-20) lets the requests of one key that arrive while this instance is already asking
 * PostgreSQL wait for that answer and then go as one request for all their tokens: one transaction and one row
 * lock per batch instead of per request. It changes nothing in what is counted (every token is still taken
 * from the shared row, in the same transaction that checks it), so the limit stays exact across instances, as
 * ADR-6 wants; the "delaying" and "predicting" optimisations would let an instance spend tokens it has not
 * taken from the row yet, which several instances could overspend, so they are not used. The advisory-lock
 * variant of the backend would queue on a lock instead of the row: the same serialisation, one statement more.
 * The batching state lives in the bucket proxy, so proxies are kept per key (at most {@value #KEPT_BUCKETS};
 * beyond that they are dropped, which only loses the batching of requests in flight).
 *
 * <p>A limit with a {@linkplain RateLimit#lease() lease} above one (the public reads that thousands of phones
 * refresh) is instead served from {@link TokenLease}s: tokens taken from the shared row in one transaction, as
 * many as recent demand suggests, and handed out by this instance for at most a second. Still
 * never more than the row gave, so instances together cannot overspend; an expired lease's leftovers are
 * dropped, which can only refuse early (by at most a quarter of the capacity: {@link RateLimit#largestLease()}).
 * One thread per key asks the row at a time; the others wait for its lease, and {@link #tryTakeHeld} lets an I/O
 * thread take from a lease without waiting. A refusal is remembered until the time it gave to wait: until then
 * the row has no token to give (tokens only come back with time), so a flood from one address is refused from
 * memory instead of queueing every worker thread on the key's lock and the row.
 */
@ApplicationScoped
public class PostgresRateLimiter implements RateLimiter {

    private static final int KEPT_BUCKETS = 10_000;
    private static final Duration LEASE_LIFETIME = Duration.ofSeconds(1);

    private final ProxyManager<String> buckets;
    private final Map<String, Bucket> batched = new ConcurrentHashMap<>();
    private final Map<String, KeyLease> leases = new ConcurrentHashMap<>();
    private final Duration leaseLifetime;

    @Inject
    public PostgresRateLimiter(DataSource dataSource) {
        this(dataSource, LEASE_LIFETIME);
    }

    /** With leases that live {@code leaseLifetime} (a second in production; tests may choose). */
    public PostgresRateLimiter(DataSource dataSource, Duration leaseLifetime) {
        this.leaseLifetime = leaseLifetime;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public Optional<Duration> tryAcquire(RateLimit limit, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .build();
        String bucketKey = bucketKey(limit, key);
        if (limit.leases()) {
            return acquireLeased(limit, bucketKey, configuration);
        }
        return waitOf(consumeOne(bucketKey, configuration));
    }

    @Override
    public boolean tryTakeHeld(RateLimit limit, String key) {
        KeyLease lease = limit.leases() ? leases.get(bucketKey(limit, key)) : null;
        return lease != null && lease.tokens.tryTake(System.nanoTime());
    }

    /**
     * From this instance's lease of the key, or else from the row: as many tokens as the lease's sizing asks for
     * and the row still has, the first for this request. When the row has none, one more request for a single
     * token tells how long to wait (and takes it, should one have come back meanwhile).
     */
    private Optional<Duration> acquireLeased(RateLimit limit, String bucketKey, BucketConfiguration configuration) {
        KeyLease lease = lease(bucketKey);
        long start = System.nanoTime();
        if (lease.tokens.tryTake(start)) {
            return Optional.empty();
        }
        Optional<Duration> stillRefused = lease.stillRefused(start);
        if (stillRefused.isPresent()) {
            return stillRefused;
        }
        lease.renewing.lock();
        try {
            long now = System.nanoTime();
            if (lease.tokens.tryTake(now)) {
                return Optional.empty();
            }
            stillRefused = lease.stillRefused(now);
            if (stillRefused.isPresent()) {
                return stillRefused;
            }
            Bucket shared = buckets.builder().build(bucketKey, () -> configuration);
            long taken = shared.tryConsumeAsMuchAsPossible(lease.tokens.nextSize(now, limit.largestLease()));
            if (taken > 0) {
                lease.tokens.renew(taken, now);
                return Optional.empty();
            }
            Optional<Duration> wait = waitOf(shared.tryConsumeAndReturnRemaining(1));
            wait.ifPresent(duration -> lease.refuseUntil(now + duration.toNanos()));
            return wait;
        } finally {
            lease.renewing.unlock();
        }
    }

    private KeyLease lease(String bucketKey) {
        KeyLease kept = leases.get(bucketKey);
        if (kept != null) {
            return kept;
        }
        if (leases.size() >= KEPT_BUCKETS) {
            leases.clear();
        }
        return leases.computeIfAbsent(bucketKey, k -> new KeyLease(leaseLifetime));
    }

    private static Optional<Duration> waitOf(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * A batch of several requests that meets a key whose row does not exist yet (its first requests, or the first
     * after the row expired) fails as a whole with {@link BucketNotFoundException}: Bucket4j's batching executor
     * reads the merged result without the bucket proxy's recovery, which would create the row. Nothing was
     * counted then (the merged command found no row to take tokens from), so each request of that batch asks again
     * through a plain proxy, whose recovery creates the row; the limit stays exact
     * ({@code PostgresRateLimiterConcurrencyTest} races a new key on two instances).
     */
    private ConsumptionProbe consumeOne(String key, BucketConfiguration configuration) {
        try {
            return bucket(key, configuration).tryConsumeAndReturnRemaining(1);
        } catch (BatchHelper.BatchFailedException failed) {
            if (!(failed.getCause() instanceof BucketNotFoundException)) {
                throw failed;
            }
            return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        }
    }

    /** The key's configuration never changes: its key names the limit, and limits are read at start-up. */
    private Bucket bucket(String key, BucketConfiguration configuration) {
        Bucket kept = batched.get(key);
        if (kept != null) {
            return kept;
        }
        if (batched.size() >= KEPT_BUCKETS) {
            batched.clear();
        }
        return batched.computeIfAbsent(key, k -> buckets.builder().withOptimization(Optimizations.batching())
                .build(k, () -> configuration));
    }

    private static String bucketKey(RateLimit limit, String key) {
        String full = limit.name() + ':' + key;
        return full.length() <= 200 ? full : full.substring(0, 200);
    }

    /**
     * A key's lease, the lock its one renewing thread holds while it asks the row, and until when (in
     * {@link System#nanoTime()}) the row's last refusal holds.
     */
    private static final class KeyLease {
        private final TokenLease tokens;
        private final ReentrantLock renewing = new ReentrantLock();
        private volatile long refusedUntil;
        private volatile boolean refused;

        private KeyLease(Duration lifetime) {
            this.tokens = new TokenLease(lifetime);
        }

        private void refuseUntil(long nanoTime) {
            refusedUntil = nanoTime;
            refused = true;
        }

        /** Reads the flag first: it is written last, so a refusal seen is seen with its time. */
        private Optional<Duration> stillRefused(long now) {
            if (!refused) {
                return Optional.empty();
            }
            long left = refusedUntil - now;
            return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
        }
    }
}
