package org.kalamela.application.shared.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {

    @Test
    void a_standing_clock_moves_only_when_advanced_or_set_and_resets_to_its_start() {
        TestClock clock = new TestClock();
        assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START).isEqualTo(clock.instant());
        clock.advance(Duration.ofMinutes(15));
        assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START.plusSeconds(900));
        Instant later = Instant.parse("2026-03-01T00:00:00Z");
        clock.set(later);
        assertThat(clock.instant()).isEqualTo(later);
        clock.reset();
        assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START);
    }

    @Test
    void a_clock_on_the_system_time_is_shifted_by_what_was_advanced_until_reset() {
        TestClock clock = TestClock.followingSystemTime();
        Instant before = Instant.now();
        assertThat(clock.instant()).isBetween(before, Instant.now());
        clock.advance(Duration.ofDays(1));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        clock.reset();
        assertThat(clock.instant()).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void time_only_moves_forward() {
        assertThatThrownBy(() -> new TestClock().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_zone_sees_the_same_moving_instant() {
        TestClock clock = new TestClock(Instant.parse("2026-01-15T20:00:00Z"));
        var kerala = clock.withZone(ZoneId.of("Asia/Kolkata"));
        assertThat(LocalDate.now(kerala)).isEqualTo(LocalDate.of(2026, 1, 16));
        clock.advance(Duration.ofHours(1));
        assertThat(kerala.instant()).isEqualTo(clock.instant());
    }
}
