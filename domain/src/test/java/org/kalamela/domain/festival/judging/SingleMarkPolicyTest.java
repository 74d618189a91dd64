package org.kalamela.domain.festival.judging;

import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import org.junit.jupiter.api.Test;

class SingleMarkPolicyTest {

    @Test
    void one_criterion_and_at_most_one_judge_take_a_single_mark() {
        SingleMarkPolicy.checkSingleMark(0, 1);
        SingleMarkPolicy.checkSingleMark(1, 1);
    }

    @Test
    void several_judges_or_criteria_do_not() {
        assertViolation(() -> SingleMarkPolicy.checkSingleMark(2, 1), "NOT_SINGLE_MARK_EVENT");
        assertViolation(() -> SingleMarkPolicy.checkSingleMark(1, 2), "NOT_SINGLE_MARK_EVENT");
        assertViolation(() -> SingleMarkPolicy.checkSingleMark(0, 3), "NOT_SINGLE_MARK_EVENT");
    }
}
