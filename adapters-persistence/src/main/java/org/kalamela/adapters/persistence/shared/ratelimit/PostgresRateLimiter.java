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
import javax.sql.DataSource;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

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
 */
@ApplicationScoped
public class PostgresRateLimiter implements RateLimiter {

    private static final int KEPT_BUCKETS = 10_000;

    private final ProxyManager<String> buckets;
    private final Map<String, Bucket> batched = new ConcurrentHashMap<>();

    @Inject
    public PostgresRateLimiter(DataSource dataSource) {
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
        String bucketKey = truncate(limit.name() + ':' + key);
        ConsumptionProbe probe = consumeOne(bucketKey, configuration);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
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

    private static String truncate(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }
}
