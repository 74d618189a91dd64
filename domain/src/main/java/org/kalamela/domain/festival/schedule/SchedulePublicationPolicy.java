package org.kalamela.domain.festival.schedule;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toSet;

import java.util.Collection;
import java.util.List;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A schedule is published only when every clash it still has is acknowledged, one by one, with a reason: a
 * blanket "publish anyway" would let the clash nobody looked at through.
 */
public final class SchedulePublicationPolicy {

    private static final int NAMED_IN_MESSAGE = 10;

    private SchedulePublicationPolicy() {
    }

    /** @throws RuleViolation {@code SCHEDULE_CLASHES_UNACKNOWLEDGED} naming the clashes left */
    public static void requireEveryClashAcknowledged(ClashReport report,
                                                     Collection<ClashAcknowledgement> acknowledgements) {
        List<Clash> left = report.unacknowledged(
                acknowledgements.stream().map(ClashAcknowledgement::clashKey).collect(toSet()));
        if (!left.isEmpty()) {
            String named = left.stream().limit(NAMED_IN_MESSAGE).map(Clash::key).collect(joining(", "));
            String more = left.size() > NAMED_IN_MESSAGE ? " and " + (left.size() - NAMED_IN_MESSAGE) + " more" : "";
            throw new RuleViolation(ErrorCode.SCHEDULE_CLASHES_UNACKNOWLEDGED,
                    left.size() + " clash(es) are not acknowledged: " + named + more);
        }
    }
}
