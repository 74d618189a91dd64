package org.kalamela.domain.identity.lockout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FailureLimitTest {

    private final FailureLimit limit = new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    private LoginThrottle fail(int times, Instant start, Duration gap) {
        LoginThrottle state = LoginThrottle.CLEAR;
        for (int i = 0; i < times; i++) {
            state = limit.afterFailure(state, start.plus(gap.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginThrottle state = fail(4, t0, Duration.ofMinutes(1));
        assertThat(state.failures()).isEqualTo(4);
        assertThat(limit.remainingLock(state, t0.plusSeconds(240))).isEmpty();
    }

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        LoginThrottle state = fail(5, t0, Duration.ofMinutes(1));
        Instant fifth = t0.plus(Duration.ofMinutes(4));
        assertThat(state.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(limit.remainingLock(state, fifth)).contains(Duration.ofMinutes(15));
        assertThat(limit.remainingLock(state, fifth.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void theLockEndsExactlyAfterItsDuration() {
        LoginThrottle state = fail(5, t0, Duration.ZERO);
        assertThat(limit.remainingLock(state, t0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        LoginThrottle state = fail(4, t0, Duration.ofMinutes(1));
        state = limit.afterFailure(state, t0.plus(Duration.ofMinutes(15)));
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.windowStart()).isEqualTo(t0.plus(Duration.ofMinutes(15)));
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void theFifthFailureOneSecondBeforeTheWindowClosesLocks() {
        LoginThrottle state = fail(4, t0, Duration.ZERO);
        state = limit.afterFailure(state, t0.plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(state.lockedUntil()).isNotNull();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsAFreshCount() {
        LoginThrottle locked = fail(5, t0, Duration.ZERO);
        LoginThrottle after = limit.afterFailure(locked, t0.plus(Duration.ofMinutes(16)));
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void aLimitOfOneLocksAtTheFirstFailure() {
        FailureLimit strict = new FailureLimit(1, Duration.ofMinutes(1), Duration.ofMinutes(2));
        LoginThrottle state = strict.afterFailure(LoginThrottle.CLEAR, t0);
        assertThat(strict.remainingLock(state, t0)).contains(Duration.ofMinutes(2));
    }

    @Test
    void aClearStateIsNotLocked() {
        assertThat(limit.remainingLock(LoginThrottle.CLEAR, t0)).isEmpty();
    }

    @Test
    void aLimitNeedsAFailureAndPositiveDurations() {
        assertThatThrownBy(() -> new FailureLimit(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailureLimit(5, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailureLimit(5, Duration.ofMinutes(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailureLimit(5, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void lockedOnlyAfterEnoughFailuresInsideTheWindow(@ForAll @IntRange(min = 1, max = 20) int failures,
                                                       @ForAll @IntRange(min = 0, max = 300) int gapSeconds) {
        LoginThrottle state = fail(failures, t0, Duration.ofSeconds(gapSeconds));
        Instant last = t0.plus(Duration.ofSeconds((long) gapSeconds * (failures - 1)));
        boolean allInsideOneWindow = (long) gapSeconds * 4 < Duration.ofMinutes(15).toSeconds();
        if (failures < 5) {
            assertThat(limit.remainingLock(state, last)).isEmpty();
        } else if (allInsideOneWindow && failures == 5) {
            assertThat(limit.remainingLock(state, last)).isPresent();
        }
        assertThat(state.failures()).isBetween(1, failures);
    }
}
