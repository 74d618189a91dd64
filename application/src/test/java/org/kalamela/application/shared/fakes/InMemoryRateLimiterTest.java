package org.kalamela.application.shared.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.ratelimit.RateLimit;

class InMemoryRateLimiterTest {

    private static final RateLimit FIVE_PER_MINUTE = new RateLimit("login", 5, Duration.ofMinutes(1));

    private final TestClock clock = new TestClock();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

    @Test
    void allowsTheCapacityThenSaysHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.1")).isEmpty();
        }

        assertThat(limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.1")).contains(Duration.ofSeconds(12));
    }

    @Test
    void tokensComeBackSpreadOverThePeriod() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.1");
        }

        clock.advance(Duration.ofSeconds(12));

        assertThat(limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.1")).isEmpty();
        assertThat(limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.1")).contains(Duration.ofSeconds(12));
    }

    @Test
    void countsPerKeyAndPerLimit() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.1");
        }

        assertThat(limiter.tryAcquire(FIVE_PER_MINUTE, "10.0.0.2")).isEmpty();
        assertThat(limiter.tryAcquire(new RateLimit("refresh", 5, Duration.ofMinutes(1)), "10.0.0.1")).isEmpty();
    }
}
