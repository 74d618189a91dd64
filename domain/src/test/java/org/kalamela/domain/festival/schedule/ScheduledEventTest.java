package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

class ScheduledEventTest {

    private static final Instant NINE = Instant.parse("2026-12-10T03:30:00Z");

    @Test
    void the_planned_end_follows_the_entries_at_the_time_it_is_read() {
        ScheduledEvent song = new ScheduledEvent(EventId.of(3), EditionYear.of(2026), StageId.of(2), NINE,
                Timing.perPerformance(Timing.DEFAULT_MINUTES_PER_PERFORMANCE));
        assertThat(song.slot(12)).isEqualTo(new Slot(EventId.of(3), StageId.of(2), NINE, NINE.plusSeconds(120 * 60)));
        assertThat(song.slot(13).end()).isEqualTo(NINE.plusSeconds(130 * 60));
        assertThat(song.slot(0).hasLength()).isFalse();
    }

    @Test
    void an_off_stage_event_takes_its_fixed_length() {
        ScheduledEvent essay = new ScheduledEvent(EventId.of(4), EditionYear.of(2026), StageId.of(5), NINE,
                Timing.fixed(90));
        assertThat(essay.slot(0).end()).isEqualTo(NINE.plusSeconds(90 * 60));
        assertThat(essay.slot(300).end()).isEqualTo(NINE.plusSeconds(90 * 60));
    }

    @Test
    void a_publication_knows_whether_the_plan_changed_since() {
        SchedulePublication published = new SchedulePublication(EditionYear.of(2026), 7, AccountId.of(1), NINE,
                List.of(), List.of());
        assertThat(published.isOutdatedBy(7)).isFalse();
        assertThat(published.isOutdatedBy(8)).isTrue();
        assertThatThrownBy(() -> new SchedulePublication(EditionYear.of(2026), -1, AccountId.of(1), NINE, List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
