package org.kalamela.domain.festival.schedule;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A stage is deleted only while nothing refers to it: no event is scheduled on it and the published schedule
 * (what the public reads) does not name it. Otherwise the plan would lose its venue without anyone noticing.
 */
public final class StageRemovalPolicy {

    private StageRemovalPolicy() {
    }

    /** @throws RuleViolation {@code STAGE_IN_USE} */
    public static void checkDelete(Stage stage, boolean scheduledOn, boolean inPublishedSchedule) {
        if (scheduledOn) {
            throw new RuleViolation(ErrorCode.STAGE_IN_USE, "Events are scheduled on " + stage.name()
                    + ": unschedule them first");
        }
        if (inPublishedSchedule) {
            throw new RuleViolation(ErrorCode.STAGE_IN_USE, "The published schedule names " + stage.name()
                    + ": publish the schedule again without it first");
        }
    }
}
