package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.event.EventId;

class ScheduleDayTest {

    private static final ScheduleDay DAY = ScheduleDay.of(LocalDate.of(2026, 12, 10));

    private static Slot slot(String start, String end) {
        return new Slot(EventId.of(1), StageId.of(1), Instant.parse(start), Instant.parse(end));
    }

    @Test
    void a_day_runs_from_midnight_to_midnight_in_india() {
        assertThat(DAY.begins()).isEqualTo(Instant.parse("2026-12-09T18:30:00Z"));
        assertThat(DAY.ends()).isEqualTo(Instant.parse("2026-12-10T18:30:00Z"));
        assertThat(ScheduleDay.containing(Instant.parse("2026-12-09T18:30:00Z"))).isEqualTo(DAY);
        assertThat(ScheduleDay.containing(Instant.parse("2026-12-09T18:29:59Z")).date())
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void a_slot_is_on_every_day_it_overlaps() {
        assertThat(DAY.holds(slot("2026-12-10T04:00:00Z", "2026-12-10T05:00:00Z"))).isTrue();
        Slot pastMidnight = slot("2026-12-10T18:00:00Z", "2026-12-10T19:00:00Z");
        assertThat(DAY.holds(pastMidnight)).isTrue();
        assertThat(ScheduleDay.of(LocalDate.of(2026, 12, 11)).holds(pastMidnight)).isTrue();
    }

    @Test
    void a_slot_touching_midnight_is_not_on_the_other_day() {
        assertThat(DAY.holds(slot("2026-12-09T17:30:00Z", "2026-12-09T18:30:00Z"))).isFalse();
        assertThat(DAY.holds(slot("2026-12-10T18:30:00Z", "2026-12-10T19:30:00Z"))).isFalse();
    }

    @Test
    void an_empty_slot_is_on_the_day_it_starts() {
        assertThat(DAY.holds(slot("2026-12-09T18:30:00Z", "2026-12-09T18:30:00Z"))).isTrue();
        assertThat(DAY.holds(slot("2026-12-10T18:30:00Z", "2026-12-10T18:30:00Z"))).isFalse();
    }
}
