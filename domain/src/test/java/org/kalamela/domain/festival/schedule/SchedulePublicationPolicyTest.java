package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.schedule.SlotTest.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.RuleViolation;

class SchedulePublicationPolicyTest {

    private static final ClashReport TWO_CLASHES = ClashDetector.detect(
            List.of(slot(1, 1, 0, 60), slot(2, 1, 30, 90), slot(3, 1, 80, 100)), Map.of(), Map.of());

    @Test
    void a_clear_plan_is_published_without_acknowledgements() {
        ClashReport clear = ClashDetector.detect(List.of(slot(1, 1, 0, 60)), Map.of(), Map.of());
        assertThatCode(() -> SchedulePublicationPolicy.requireEveryClashAcknowledged(clear, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void every_clash_acknowledged_by_name_lets_the_plan_be_published() {
        List<ClashAcknowledgement> both = List.of(new ClashAcknowledgement("stage:1:1-2", "the hall is split in two"),
                new ClashAcknowledgement("stage:1:2-3", "ten minutes' overrun is accepted"));
        assertThatCode(() -> SchedulePublicationPolicy.requireEveryClashAcknowledged(TWO_CLASHES, both))
                .doesNotThrowAnyException();
    }

    @Test
    void a_clash_left_unacknowledged_is_named_in_the_refusal() {
        List<ClashAcknowledgement> one = List.of(new ClashAcknowledgement("stage:1:1-2", "the hall is split"));
        assertThatThrownBy(() -> SchedulePublicationPolicy.requireEveryClashAcknowledged(TWO_CLASHES, one))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("1 clash(es) are not acknowledged: stage:1:2-3")
                .extracting("errorCode").isEqualTo(ErrorCode.SCHEDULE_CLASHES_UNACKNOWLEDGED);
    }

    @Test
    void an_acknowledgement_of_another_clash_does_not_count() {
        List<ClashAcknowledgement> stale = List.of(new ClashAcknowledgement("stage:1:1-3", "an old clash"),
                new ClashAcknowledgement("stage:1:2-3", "ten minutes' overrun is accepted"));
        assertThatThrownBy(() -> SchedulePublicationPolicy.requireEveryClashAcknowledged(TWO_CLASHES, stale))
                .hasMessageContaining("stage:1:1-2");
    }

    @Test
    void a_long_list_names_ten_and_counts_the_rest() {
        List<Slot> crowded = new ArrayList<>();
        for (int event = 1; event <= 6; event++) {
            crowded.add(slot(event, 1, 0, 60));
        }
        ClashReport fifteen = ClashDetector.detect(crowded, Map.of(), Map.of());
        assertThatThrownBy(() -> SchedulePublicationPolicy.requireEveryClashAcknowledged(fifteen, List.of()))
                .hasMessageStartingWith("15 clash(es) are not acknowledged: stage:1:1-2, ")
                .hasMessageEndingWith(" and 5 more");
    }

    @Test
    void an_acknowledgement_names_a_clash_and_gives_a_reason() {
        assertThatThrownBy(() -> new ClashAcknowledgement(" ", "reason")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ClashAcknowledgement("stage:1:1-2", "  ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ClashAcknowledgement("stage:1:1-2", "x".repeat(501)))
                .isInstanceOf(InvalidInput.class);
        assertThatCode(() -> new ClashAcknowledgement("stage:1:1-2", "x".repeat(500))).doesNotThrowAnyException();
    }
}
