package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.RuleViolation;

class StageStatusPolicyTest {

    private static final Set<String> DRAWN = Set.of("A", "B", "C");
    private static final StageStatus WAITING = StageStatus.WAITING;
    private static final StageStatus A_ON_STAGE = StageStatus.performing("A");
    private static final StageStatus B_ON_STAGE = StageStatus.performing("B");
    private static final StageStatus COMPLETED = StageStatus.completed();

    /** Every pair of statuses and whether the move is allowed: the whole table, nothing left to chance. */
    static Stream<Arguments> moves() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of(WAITING, WAITING, true));
        all.add(Arguments.of(WAITING, A_ON_STAGE, true));
        all.add(Arguments.of(WAITING, COMPLETED, true));
        all.add(Arguments.of(A_ON_STAGE, WAITING, true));
        all.add(Arguments.of(A_ON_STAGE, A_ON_STAGE, true));
        all.add(Arguments.of(A_ON_STAGE, B_ON_STAGE, true));
        all.add(Arguments.of(A_ON_STAGE, COMPLETED, true));
        all.add(Arguments.of(COMPLETED, WAITING, false));
        all.add(Arguments.of(COMPLETED, A_ON_STAGE, false));
        all.add(Arguments.of(COMPLETED, COMPLETED, true));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("moves")
    void each_move_is_allowed_or_refused_as_the_table_says(StageStatus from, StageStatus to, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> StageStatusPolicy.checkChange(from, to, DRAWN)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> StageStatusPolicy.checkChange(from, to, DRAWN))
                    .isInstanceOf(RuleViolation.class).hasMessage("An event that is COMPLETED cannot become "
                            + to.status())
                    .extracting("errorCode").isEqualTo(ErrorCode.STAGE_STATUS_NOT_ALLOWED);
        }
    }

    @Test
    void the_code_letter_on_stage_is_one_the_draw_gave() {
        assertThatThrownBy(() -> StageStatusPolicy.checkChange(WAITING, StageStatus.performing("D"), DRAWN))
                .isInstanceOf(RuleViolation.class).hasMessage("The event's draw gave no code letter D")
                .extracting("errorCode").isEqualTo(ErrorCode.CODE_LETTER_NOT_DRAWN);
        assertThatThrownBy(() -> StageStatusPolicy.checkChange(A_ON_STAGE, StageStatus.performing("AA"), DRAWN))
                .extracting("errorCode").isEqualTo(ErrorCode.CODE_LETTER_NOT_DRAWN);
    }

    @Test
    void nobody_performs_before_the_draw() {
        assertThatThrownBy(() -> StageStatusPolicy.checkChange(WAITING, A_ON_STAGE, Set.of()))
                .hasMessage("The event's order of appearance has not been drawn")
                .extracting("errorCode").isEqualTo(ErrorCode.CODE_LETTER_NOT_DRAWN);
        assertThatCode(() -> StageStatusPolicy.checkChange(WAITING, COMPLETED, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void a_completed_event_is_not_reopened_even_for_a_drawn_letter() {
        assertThatThrownBy(() -> StageStatusPolicy.checkChange(COMPLETED, A_ON_STAGE, DRAWN))
                .extracting("errorCode").isEqualTo(ErrorCode.STAGE_STATUS_NOT_ALLOWED);
    }

    @Test
    void performing_needs_a_code_letter_and_only_performing_has_one() {
        assertThatThrownBy(() -> StageStatus.performing(null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("codeLetter", "is required while performing")));
        assertThatThrownBy(() -> new StageStatus(PerformanceStatus.COMPLETED, Optional.of("A")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("codeLetter", "is given only while performing")));
        assertThatThrownBy(() -> new StageStatus(null, Optional.empty())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("status"));
    }

    @Test
    void a_code_letter_is_one_to_four_capital_letters() {
        assertThat(StageStatus.performing(" AB ").codeLetter()).contains("AB");
        assertThat(StageStatus.performing("ZZZZ").codeLetter()).contains("ZZZZ");
        for (String bad : List.of("a", "A1", "ABCDE", "Ä")) {
            assertThatThrownBy(() -> StageStatus.performing(bad)).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void only_a_scheduled_event_has_a_stage_status() {
        assertThatThrownBy(() -> StageStatusPolicy.requireScheduled(EventId.of(4), false))
                .isInstanceOf(RuleViolation.class).hasMessage("Event 4 is not scheduled on a stage: schedule it first")
                .extracting("errorCode").isEqualTo(ErrorCode.EVENT_NOT_SCHEDULED);
        assertThatCode(() -> StageStatusPolicy.requireScheduled(EventId.of(4), true)).doesNotThrowAnyException();
    }
}
