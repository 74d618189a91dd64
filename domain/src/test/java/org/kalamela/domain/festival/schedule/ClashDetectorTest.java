package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.schedule.SlotTest.slot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

class ClashDetectorTest {

    private static final EventId SONG = EventId.of(1);
    private static final EventId DANCE = EventId.of(2);
    private static final EventId ESSAY = EventId.of(3);

    @Test
    void a_plan_without_overlaps_is_clear() {
        ClashReport report = ClashDetector.detect(
                List.of(slot(1, 1, 0, 60), slot(2, 1, 60, 120), slot(3, 2, 0, 120)),
                Map.of(SONG, List.of(MemberId.of(7)), DANCE, List.of(MemberId.of(7))),
                Map.of(SONG, List.of(AccountId.of(50)), DANCE, List.of(AccountId.of(50))));
        assertThat(report.isClear()).isTrue();
    }

    @Test
    void two_events_overlapping_on_one_stage_clash() {
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(2, 1, 30, 90)), Map.of(), Map.of());
        assertThat(report.clashes()).containsExactly(new Clash.Stage(StageId.of(1), EventPair.of(SONG, DANCE)));
        assertThat(report.clashes().get(0).key()).isEqualTo("stage:1:1-2");
    }

    @Test
    void a_participant_in_two_overlapping_events_on_different_stages_clashes() {
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(2, 2, 30, 90)),
                Map.of(SONG, List.of(MemberId.of(7), MemberId.of(8)), DANCE, List.of(MemberId.of(7))), Map.of());
        assertThat(report.clashes()).containsExactly(new Clash.Participant(MemberId.of(7), EventPair.of(SONG, DANCE)));
        assertThat(report.clashes().get(0).key()).isEqualTo("participant:7:1-2");
    }

    @Test
    void a_judge_on_two_overlapping_panels_clashes() {
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(2, 2, 59, 90)), Map.of(),
                Map.of(SONG, List.of(AccountId.of(50)), DANCE, List.of(AccountId.of(50), AccountId.of(51))));
        assertThat(report.clashes()).containsExactly(new Clash.Judge(AccountId.of(50), EventPair.of(SONG, DANCE)));
    }

    @Test
    void events_without_a_slot_are_not_planned_and_clash_with_nothing() {
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60)),
                Map.of(SONG, List.of(MemberId.of(7)), ESSAY, List.of(MemberId.of(7))), Map.of());
        assertThat(report.isClear()).isTrue();
    }

    @Test
    void a_member_named_twice_in_one_event_is_one_participant() {
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(2, 2, 0, 60)),
                Map.of(SONG, List.of(MemberId.of(7), MemberId.of(7)), DANCE, List.of(MemberId.of(7))), Map.of());
        assertThat(report.clashes()).hasSize(1);
    }

    @Test
    void the_report_lists_stages_then_judges_then_participants() {
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(2, 1, 30, 90), slot(3, 2, 0, 90)),
                Map.of(SONG, List.of(MemberId.of(9)), ESSAY, List.of(MemberId.of(9), MemberId.of(3))),
                Map.of(DANCE, List.of(AccountId.of(4)), ESSAY, List.of(AccountId.of(4))));
        assertThat(report.clashes()).extracting(Clash::key)
                .containsExactly("stage:1:1-2", "judge:4:2-3", "participant:9:1-3");
    }

    @Test
    void three_overlapping_events_on_a_stage_give_three_clashes() {
        ClashReport report = ClashDetector.detect(
                List.of(slot(1, 1, 0, 60), slot(2, 1, 10, 70), slot(3, 1, 20, 80)), Map.of(), Map.of());
        assertThat(report.clashes()).extracting(Clash::key)
                .containsExactly("stage:1:1-2", "stage:1:1-3", "stage:1:2-3");
    }

    @Test
    void an_event_running_past_midnight_clashes_with_one_after_midnight_and_one_starting_as_it_ends_does_not() {
        // Midnight in Kerala is 18:30 UTC: the song runs 23:00 to 00:30, the essay 00:15 to 01:00 on another
        // stage, the dance starts on the song's stage at 00:30 as the song ends.
        Slot song = new Slot(SONG, StageId.of(1), Instant.parse("2026-12-10T17:30:00Z"),
                Instant.parse("2026-12-10T19:00:00Z"));
        Slot dance = new Slot(DANCE, StageId.of(1), Instant.parse("2026-12-10T19:00:00Z"),
                Instant.parse("2026-12-10T20:00:00Z"));
        Slot essay = new Slot(ESSAY, StageId.of(2), Instant.parse("2026-12-10T18:45:00Z"),
                Instant.parse("2026-12-10T19:30:00Z"));

        ClashReport report = ClashDetector.detect(List.of(song, dance, essay),
                Map.of(SONG, List.of(MemberId.of(7)), DANCE, List.of(MemberId.of(7)), ESSAY, List.of(MemberId.of(7))),
                Map.of());

        assertThat(report.clashes()).extracting(Clash::key).containsExactly("participant:7:1-3",
                "participant:7:2-3");
    }

    @Test
    void a_member_of_a_team_clashes_with_their_own_individual_event() {
        // A group event's participants are its teams' members, as the schedule readers give them.
        ClashReport report = ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(2, 2, 30, 90)),
                Map.of(SONG, List.of(MemberId.of(7)), DANCE, List.of(MemberId.of(5), MemberId.of(7), MemberId.of(9))),
                Map.of());

        assertThat(report.clashes()).containsExactly(new Clash.Participant(MemberId.of(7), EventPair.of(SONG, DANCE)));
    }

    @Test
    void an_event_has_one_slot() {
        assertThatThrownBy(() -> ClashDetector.detect(List.of(slot(1, 1, 0, 60), slot(1, 2, 0, 60)), Map.of(),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
