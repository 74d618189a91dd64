package org.kalamela.domain.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void a_limit_without_a_lease_asks_the_shared_bucket_for_every_request() {
        RateLimit login = new RateLimit("login", 20, MINUTE);

        assertThat(login.lease()).isEqualTo(1);
        assertThat(login.largestLease()).isEqualTo(1);
        assertThat(login.leases()).isFalse();
    }

    @Test
    void a_lease_takes_at_most_a_quarter_of_the_capacity() {
        assertThat(new RateLimit("find", 30, MINUTE, 64).largestLease()).isEqualTo(7);
        assertThat(new RateLimit("find", 1_000_000, MINUTE, 64).largestLease()).isEqualTo(64);
        assertThat(new RateLimit("find", 8, MINUTE, 64).largestLease()).isEqualTo(2);
    }

    @Test
    void a_capacity_too_small_for_a_quarter_to_hold_two_tokens_does_not_lease() {
        RateLimit small = new RateLimit("find", 7, MINUTE, 64);

        assertThat(small.largestLease()).isEqualTo(1);
        assertThat(small.leases()).isFalse();
    }

    @Test
    void refuses_meaningless_limits() {
        assertThatThrownBy(() -> new RateLimit("x", 0, MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("x", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("x", 1, MINUTE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(null, 1, MINUTE)).isInstanceOf(NullPointerException.class);
    }
}
