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
import org.junit.jupiter.api.Test;
import org.kalamela.adapters.persistence.shared.ratelimit.PostgresRateLimiter;
import org.kalamela.domain.shared.ratelimit.RateLimit;
import org.kalamela.domain.shared.ratelimit.RateLimiter;

/**
 * The batched buckets stay exact across instances (ADR-6, ADR-20): requests of one address arriving at once on
 * two instances (this application's limiter and a second one over the same database) are granted exactly the
 * capacity, however they are batched. Leased limits (ADR-6: tokens taken from the row and handed out by one
 * instance for a second) never grant more than the row gave, and a key asked continuously is granted the whole
 * capacity, then refused with the time to wait.
 */
@QuarkusTest
class PostgresRateLimiterConcurrencyTest {

    private static final RateLimit TWENTY_FIVE_AN_HOUR = new RateLimit("find-participant", 25, Duration.ofHours(1));
    private static final RateLimit LEASED = new RateLimit("leased-test", 25, Duration.ofHours(1), 8);

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

        assertThat(race(TWENTY_FIVE_AN_HOUR, address, other, 40)).isEqualTo(25);
        assertThat(limiter.tryAcquire(TWENTY_FIVE_AN_HOUR, address)).isPresent();
        assertThat(other.tryAcquire(TWENTY_FIVE_AN_HOUR, address)).isPresent();
    }

    /**
     * Two instances leasing at once: each hands out only what it took from the row, so together never more than
     * the capacity (a lease's leftovers may be dropped: fewer is allowed, more never).
     */
    @RepeatedTest(6)
    void leasesOnTwoInstancesNeverGrantMoreThanTheCapacity() throws Exception {
        RateLimiter other = new PostgresRateLimiter(dataSource);
        String address = "198.51.100." + UUID.randomUUID();

        assertThat(race(LEASED, address, other, 80)).isBetween(1, 25);
        assertThat(limiter.tryAcquire(LEASED, address)).isPresent();
        assertThat(other.tryAcquire(LEASED, address)).isPresent();
    }

    /**
     * One instance asked continuously: leases of 1, 2 and 4 tokens, then 6 (a quarter of the capacity) three
     * times, each used up, so exactly the capacity is granted (leases live five minutes here, so none expires
     * on a slow machine); then the row is empty and the answer says how long to wait, and the next refusals
     * come from memory, counting down. A held token is handed out without asking the row, and only while the
     * lease has one.
     */
    @Test
    void aKeyAskedContinuouslyIsGrantedTheWholeCapacityThroughLeasesThenToldToWait() {
        RateLimiter leasing = new PostgresRateLimiter(dataSource, Duration.ofMinutes(5));
        String address = "198.51.100." + UUID.randomUUID();
        assertThat(leasing.tryTakeHeld(LEASED, address)).as("nothing held before the first request").isFalse();

        int granted = 0;
        for (int i = 0; i < 40; i++) {
            granted += leasing.tryTakeHeld(LEASED, address) || leasing.tryAcquire(LEASED, address).isEmpty() ? 1 : 0;
        }

        assertThat(granted).isEqualTo(25);
        assertThat(leasing.tryTakeHeld(LEASED, address)).isFalse();
        Duration first = leasing.tryAcquire(LEASED, address).orElseThrow();
        Duration second = leasing.tryAcquire(LEASED, address).orElseThrow();
        assertThat(first).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(second).isPositive().isLessThanOrEqualTo(first);
        assertThat(leasing.tryTakeHeld(TWENTY_FIVE_AN_HOUR, address)).as("an unleased limit holds nothing").isFalse();
    }

    private int race(RateLimit limit, String address, RateLimiter other, int attempts) throws Exception {
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            RateLimiter instance = i % 2 == 0 ? limiter : other;
            requests.add(() -> instance.tryTakeHeld(limit, address) || instance.tryAcquire(limit, address).isEmpty());
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
        return granted;
    }
}
