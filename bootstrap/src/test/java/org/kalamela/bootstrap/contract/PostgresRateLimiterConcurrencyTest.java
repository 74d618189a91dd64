package org.kalamela.bootstrap.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;
import org.kalamela.adapters.persistence.shared.ratelimit.PostgresRateLimiter;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

/**
 * The batched buckets stay exact across instances (ADR-6, ADR-20): requests of one address arriving at once on
 * two instances (this application's limiter and a second one over the same database) are granted exactly the
 * capacity, however they are batched.
 */
@QuarkusTest
class PostgresRateLimiterConcurrencyTest {

    private static final RateLimit TWENTY_FIVE_AN_HOUR = new RateLimit("find-participant", 25, Duration.ofHours(1));

    @Inject
    RateLimiter limiter;

    @Inject
    DataSource dataSource;

    /**
     * Each round races a new key, whose row does not exist yet: the batches that meet the missing row must neither
     * fail nor count twice. Several rounds, because the race is won differently each time.
     */
    @RepeatedTest(6)
    void concurrentRequestsOnTwoInstancesAreGrantedExactlyTheCapacity() throws Exception {
        RateLimiter other = new PostgresRateLimiter(dataSource);
        String address = "198.51.100." + UUID.randomUUID();
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RateLimiter instance = i % 2 == 0 ? limiter : other;
            requests.add(() -> instance.tryAcquire(TWENTY_FIVE_AN_HOUR, address).isEmpty());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        int granted = 0;
        try {
            for (Future<Boolean> answer : pool.invokeAll(requests)) {
                granted += answer.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(granted).isEqualTo(25);
        assertThat(limiter.tryAcquire(TWENTY_FIVE_AN_HOUR, address)).isPresent();
        assertThat(other.tryAcquire(TWENTY_FIVE_AN_HOUR, address)).isPresent();
    }
}
