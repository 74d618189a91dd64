package org.kalamela.domain.festival.judging;

import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.JudgingFixtures;
import org.kalamela.domain.festival.edition.MarkAggregation;
import org.kalamela.domain.shared.actor.Role;

class PanelPolicyTest {

    private final PanelPolicy threeJudges = new PanelPolicy(JudgingFixtures.withJudging(3, MarkAggregation.MEAN, 5));

    @Test
    void an_active_judge_takes_a_free_seat_of_an_event_being_marked() {
        threeJudges.checkAssign(Role.JUDGE, true, false, 0, true);
        threeJudges.checkAssign(Role.JUDGE, true, false, 2, true);
    }

    @Test
    void the_panel_holds_the_editions_number_of_judges() {
        assertViolation(() -> threeJudges.checkAssign(Role.JUDGE, true, false, 3, true), "PANEL_FULL");
        new PanelPolicy(JudgingFixtures.withJudging(5, MarkAggregation.MEAN, 5))
                .checkAssign(Role.JUDGE, true, false, 4, true);
    }

    @Test
    void only_active_judge_accounts_sit_on_a_panel_and_once() {
        for (Role role : new Role[] {Role.ADMIN, Role.UNIT, Role.DISTRICT_OFFICIAL}) {
            assertViolation(() -> threeJudges.checkAssign(role, true, false, 0, true), "NOT_A_JUDGE");
        }
        assertViolation(() -> threeJudges.checkAssign(Role.JUDGE, false, false, 0, true), "NOT_A_JUDGE");
        assertViolation(() -> threeJudges.checkAssign(Role.JUDGE, true, true, 1, true), "ALREADY_ON_PANEL");
    }

    @Test
    void a_computed_result_keeps_its_panel() {
        assertViolation(() -> threeJudges.checkAssign(Role.JUDGE, true, false, 1, false), "ILLEGAL_RESULT_TRANSITION");
    }

    @Test
    void a_judge_leaves_the_panel_only_without_marks_while_the_event_is_marked() {
        PanelPolicy.checkRemove(false, true);
        assertViolation(() -> PanelPolicy.checkRemove(true, true), "JUDGE_HAS_MARKS");
        assertViolation(() -> PanelPolicy.checkRemove(false, false), "ILLEGAL_RESULT_TRANSITION");
        assertViolation(() -> PanelPolicy.checkRemove(true, false), "ILLEGAL_RESULT_TRANSITION");
    }

    @Test
    void criteria_change_until_the_first_mark() {
        CriteriaPolicy.checkMayChange(false);
        assertViolation(() -> CriteriaPolicy.checkMayChange(true), "CRITERIA_LOCKED");
    }
}
