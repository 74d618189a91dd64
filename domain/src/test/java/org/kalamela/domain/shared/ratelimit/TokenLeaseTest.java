package org.kalamela.domain.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TokenLeaseTest {

    private static final long SECOND = 1_000_000_000L;

    private final TokenLease lease = new TokenLease(Duration.ofSeconds(1));

    @Test
    void holdsNothingBeforeItsFirstRenewal() {
        assertThat(lease.tryTake(0)).isFalse();
        assertThat(lease.nextSize(0, 64)).isEqualTo(1);
    }

    @Test
    void handsOutTheTokensTakenButTheOneTheCallerSpent() {
        lease.renew(4, 0);

        assertThat(IntStream.range(0, 5).filter(i -> lease.tryTake(10)).count()).isEqualTo(3);
    }

    @Test
    void handsOutNothingOnceItsLifetimeEnds() {
        lease.renew(4, 0);

        assertThat(lease.tryTake(SECOND - 1)).isTrue();
        assertThat(lease.tryTake(SECOND)).isFalse();
        assertThat(lease.tryTake(5 * SECOND)).isFalse();
    }

    @Test
    void aLeaseUsedUpInTimeIsFollowedByOneTwiceItsSize() {
        lease.renew(1, 0);
        assertThat(lease.nextSize(10, 64)).isEqualTo(2);

        lease.renew(2, 10);
        lease.tryTake(20);
        assertThat(lease.nextSize(30, 64)).isEqualTo(4);
    }

    @Test
    void growthStopsAtTheLimitsMaximum() {
        lease.renew(40, 0);
        IntStream.range(0, 39).forEach(i -> lease.tryTake(1));

        assertThat(lease.nextSize(2, 64)).isEqualTo(64);
        assertThat(lease.nextSize(2, 1)).isEqualTo(1);
    }

    @Test
    void aLeaseThatExpiredUsedUpIsFollowedByOneOfTheSameSize() {
        lease.renew(8, 0);
        IntStream.range(0, 7).forEach(i -> lease.tryTake(1));

        assertThat(lease.nextSize(SECOND, 64)).isEqualTo(8);
    }

    @Test
    void aLeaseThatExpiredWithTokensLeftIsFollowedByOneAsLargeAsThePartUsed() {
        lease.renew(8, 0);
        IntStream.range(0, 2).forEach(i -> lease.tryTake(1));

        assertThat(lease.nextSize(SECOND, 64)).isEqualTo(3);
    }

    @Test
    void aLeaseOfOneUnusedBeyondTheCallerStaysAtOne() {
        lease.renew(1, 0);

        assertThat(lease.nextSize(2 * SECOND, 64)).isEqualTo(1);
    }

    @Test
    void refusesMeaninglessArguments() {
        assertThatThrownBy(() -> new TokenLease(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lease.renew(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lease.nextSize(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threadsTakingAtOnceNeverShareAToken() throws InterruptedException {
        lease.renew(1_001, 0);
        AtomicInteger granted = new AtomicInteger();
        List<Thread> threads = IntStream.range(0, 8).mapToObj(i -> new Thread(() -> {
            for (int n = 0; n < 500; n++) {
                if (lease.tryTake(1)) {
                    granted.incrementAndGet();
                }
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(granted).hasValue(1_000);
    }

    /**
     * Whatever the order of requests and renewals, no lease hands out more than was taken for it, and nothing
     * after its lifetime.
     */
    @Property
    void neverHandsOutMoreThanWasTakenNorLate(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 3) Integer> steps,
                                             @ForAll @IntRange(min = 1, max = 64) int maximum) {
        TokenLease subject = new TokenLease(Duration.ofNanos(100));
        long now = 0;
        long taken = 0;
        long granted = 0;
        long renewedAt = Long.MIN_VALUE;
        for (int step : steps) {
            switch (step) {
                case 0 -> now += 7;
                case 1 -> now += 60;
                default -> {
                    if (subject.tryTake(now)) {
                        granted++;
                        assertThat(now - renewedAt).isLessThan(100);
                    } else {
                        long size = subject.nextSize(now, maximum);
                        assertThat(size).isBetween(1L, (long) maximum);
                        subject.renew(size, now);
                        renewedAt = now;
                        taken += size;
                        granted++;
                    }
                }
            }
            assertThat(granted).isLessThanOrEqualTo(taken);
        }
    }
}
