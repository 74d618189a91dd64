package org.kalamela.domain.festival.schedule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

class StagePoliciesTest {

    private static final Stage MAIN = new Stage(StageId.of(1), EditionYear.of(2026),
            new StageDetails("Main stage", "Town hall", 500));

    @Test
    void a_stage_name_is_unique_in_the_edition_ignoring_case_and_spaces() {
        assertThatThrownBy(() -> StageNamePolicy.checkUnique(" main STAGE", List.of("Stage 2", "Main stage ")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Main stage")
                .extracting("errorCode").isEqualTo(ErrorCode.STAGE_NAME_TAKEN);
        assertThatCode(() -> StageNamePolicy.checkUnique("Main stage 2", List.of("Main stage")))
                .doesNotThrowAnyException();
        assertThatCode(() -> StageNamePolicy.checkUnique("Main stage", List.of())).doesNotThrowAnyException();
    }

    @Test
    void a_stage_nothing_refers_to_is_deleted() {
        assertThatCode(() -> StageRemovalPolicy.checkDelete(MAIN, false, false)).doesNotThrowAnyException();
    }

    @Test
    void a_stage_with_scheduled_events_is_kept() {
        assertThatThrownBy(() -> StageRemovalPolicy.checkDelete(MAIN, true, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unschedule")
                .extracting("errorCode").isEqualTo(ErrorCode.STAGE_IN_USE);
        assertThatThrownBy(() -> StageRemovalPolicy.checkDelete(MAIN, true, true))
                .extracting("errorCode").isEqualTo(ErrorCode.STAGE_IN_USE);
    }

    @Test
    void a_stage_the_published_schedule_names_is_kept() {
        assertThatThrownBy(() -> StageRemovalPolicy.checkDelete(MAIN, false, true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("publish the schedule again")
                .extracting("errorCode").isEqualTo(ErrorCode.STAGE_IN_USE);
    }
}
