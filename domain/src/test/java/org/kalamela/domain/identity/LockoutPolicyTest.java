package org.kalamela.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = LockoutPolicy.STANDARD;
    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    private LoginThrottle fail(int times, Instant start, Duration gap) {
        LoginThrottle state = LoginThrottle.CLEAR;
        for (int i = 0; i < times; i++) {
            state = policy.afterFailure(state, start.plus(gap.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginThrottle state = fail(4, t0, Duration.ofMinutes(1));
        assertThat(state.failures()).isEqualTo(4);
        assertThat(policy.remainingLock(state, t0.plusSeconds(240))).isEmpty();
    }

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        LoginThrottle state = fail(5, t0, Duration.ofMinutes(1));
        Instant fifth = t0.plus(Duration.ofMinutes(4));
        assertThat(state.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(policy.remainingLock(state, fifth)).contains(Duration.ofMinutes(15));
        assertThat(policy.remainingLock(state, fifth.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void theLockEndsExactlyAfterItsDuration() {
        LoginThrottle state = fail(5, t0, Duration.ZERO);
        assertThat(policy.remainingLock(state, t0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        // 4 failures, then the fifth just as the window closes: the count starts again.
        LoginThrottle state = fail(4, t0, Duration.ofMinutes(1));
        state = policy.afterFailure(state, t0.plus(Duration.ofMinutes(15)));
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void theFifthFailureOneSecondBeforeTheWindowClosesLocks() {
        LoginThrottle state = fail(4, t0, Duration.ZERO);
        state = policy.afterFailure(state, t0.plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(state.lockedUntil()).isNotNull();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsAFreshCount() {
        LoginThrottle locked = fail(5, t0, Duration.ZERO);
        LoginThrottle after = policy.afterFailure(locked, t0.plus(Duration.ofMinutes(16)));
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }

    @Property
    void lockedOnlyAfterEnoughFailuresInsideTheWindow(@ForAll @IntRange(min = 1, max = 20) int failures,
                                                       @ForAll @IntRange(min = 0, max = 300) int gapSeconds) {
        LoginThrottle state = fail(failures, t0, Duration.ofSeconds(gapSeconds));
        Instant last = t0.plus(Duration.ofSeconds((long) gapSeconds * (failures - 1)));
        boolean allInsideOneWindow = (long) gapSeconds * 4 < Duration.ofMinutes(15).toSeconds();
        if (failures < 5) {
            assertThat(policy.remainingLock(state, last)).isEmpty();
        } else if (allInsideOneWindow && failures == 5) {
            assertThat(policy.remainingLock(state, last)).isPresent();
        }
        assertThat(state.failures()).isBetween(1, failures);
    }
}
