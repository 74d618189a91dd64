package org.kalamela.domain.festival.judging;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * When a single mark per entry (the old app's bulk score entry) is the whole of an event's judging: the event is
 * marked on one criterion, by a panel of at most one judge (none yet: the tabulator becomes the one judge). With
 * several judges or criteria a single mark would stand for no sheet, so each judge's sheet is entered instead.
 */
public final class SingleMarkPolicy {

    private SingleMarkPolicy() {
    }

    public static void checkSingleMark(int judges, int criteria) {
        if (judges > 1 || criteria != 1) {
            throw new RuleViolation(ErrorCode.NOT_SINGLE_MARK_EVENT, "The event is marked on " + criteria
                    + " criteria by " + judges + " judges: enter each judge's sheet instead");
        }
    }
}
