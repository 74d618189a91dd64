package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.festival.event.EventId;

class SlotTest {

    static Slot slot(long event, long stage, int fromMinute, int toMinute) {
        Instant day = Instant.parse("2026-12-10T03:30:00Z");
        return new Slot(EventId.of(event), StageId.of(stage), day.plusSeconds(60L * fromMinute),
                day.plusSeconds(60L * toMinute));
    }

    @ParameterizedTest(name = "[0,60) and [{0},{1}) overlap: {2}")
    @CsvSource({
            "60, 90, false",   // starts as the first ends
            "59, 90, true",    // one minute together
            "-30, 0, false",   // ends as the first starts
            "-30, 1, true",
            "10, 20, true",    // inside
            "-10, 70, true",   // around
            "0, 60, true",     // the same time
            "30, 30, false"})  // no length: nothing is on stage
    void slots_overlap_only_when_they_share_time(int from, int to, boolean overlaps) {
        Slot first = slot(1, 1, 0, 60);
        Slot second = slot(2, 1, from, to);
        assertThat(first.overlaps(second)).isEqualTo(overlaps);
        assertThat(second.overlaps(first)).isEqualTo(overlaps);
    }

    @Test
    void a_slot_never_ends_before_it_starts() {
        assertThatThrownBy(() -> slot(1, 1, 10, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_event_pair_names_the_lower_id_first() {
        assertThat(EventPair.of(EventId.of(9), EventId.of(4))).isEqualTo(new EventPair(EventId.of(4), EventId.of(9)));
        assertThat(EventPair.of(EventId.of(4), EventId.of(9)).toString()).isEqualTo("4-9");
        assertThatThrownBy(() -> new EventPair(EventId.of(9), EventId.of(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventPair.of(EventId.of(4), EventId.of(4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
