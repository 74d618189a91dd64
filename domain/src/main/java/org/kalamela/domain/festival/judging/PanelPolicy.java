package org.kalamela.domain.festival.judging;

import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Who may sit on an event's panel: an active judge account, once, while the panel has fewer than the
 * edition's number of judges per event and the event is still being marked (a tabulated or published
 * result is made from the panel it had). A judge leaves a panel only while their sheet has no mark and the
 * event is still being marked: marks given stay with the judge who gave them.
 */
public final class PanelPolicy {

    private final FestivalRules rules;

    public PanelPolicy(FestivalRules rules) {
        this.rules = rules;
    }

    public void checkAssign(Role role, boolean active, boolean alreadySeated, int seated, boolean stillScoring) {
        if (role != Role.JUDGE || !active) {
            throw new RuleViolation(ErrorCode.NOT_A_JUDGE, "Only an active judge account sits on a panel");
        }
        if (alreadySeated) {
            throw new RuleViolation(ErrorCode.ALREADY_ON_PANEL, "The judge is already on the event's panel");
        }
        if (!stillScoring) {
            throw new RuleViolation(ErrorCode.ILLEGAL_RESULT_TRANSITION,
                    "The event's result is tabulated or published: its panel no longer changes");
        }
        if (seated >= rules.judgesPerEvent()) {
            throw new RuleViolation(ErrorCode.PANEL_FULL,
                    "The event's panel already has the edition's " + rules.judgesPerEvent() + " judges");
        }
    }

    /** Refuses taking a judge off the panel once their sheet has a mark, or once the result is computed. */
    public static void checkRemove(boolean sheetHasMarks, boolean stillScoring) {
        if (!stillScoring) {
            throw new RuleViolation(ErrorCode.ILLEGAL_RESULT_TRANSITION,
                    "The event's result is tabulated or published: its panel no longer changes");
        }
        if (sheetHasMarks) {
            throw new RuleViolation(ErrorCode.JUDGE_HAS_MARKS,
                    "The judge has given marks for this event: they stay on its panel");
        }
    }
}
