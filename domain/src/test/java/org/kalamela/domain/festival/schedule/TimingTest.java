package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.festival.event.EventId;

class TimingTest {

    private static final Instant NINE = Instant.parse("2026-12-10T03:30:00Z");

    @ParameterizedTest(name = "{0} minutes for each of {1} performances take {2} minutes")
    @CsvSource({"10, 0, 0", "10, 1, 10", "10, 24, 240", "7, 13, 91"})
    void an_on_stage_event_lasts_its_minutes_times_its_performances(int minutes, int performances, long total) {
        assertThat(Timing.perPerformance(minutes).plannedLength(performances)).isEqualTo(Duration.ofMinutes(total));
    }

    @Test
    void an_off_stage_event_lasts_its_fixed_time_whoever_takes_part() {
        assertThat(Timing.fixed(90).plannedLength(0)).isEqualTo(Duration.ofMinutes(90));
        assertThat(Timing.fixed(90).plannedLength(120)).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void the_default_is_ten_minutes_a_performance() {
        assertThat(Timing.DEFAULT_MINUTES_PER_PERFORMANCE).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 24 * 60 + 1})
    void minutes_are_between_one_and_a_day(int minutes) {
        assertThatThrownBy(() -> Timing.perPerformance(minutes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timing.fixed(minutes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_day_is_the_longest_timing() {
        assertThat(Timing.fixed(24 * 60).plannedLength(1)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void performances_are_never_negative() {
        assertThatThrownBy(() -> Timing.perPerformance(10).plannedLength(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_planned_slot_ends_after_its_length() {
        Slot slot = Slot.plan(EventId.of(1), StageId.of(2), NINE, Timing.perPerformance(10), 6);
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-12-10T04:30:00Z"));
    }
}
