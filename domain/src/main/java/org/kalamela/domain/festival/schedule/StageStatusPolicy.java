package org.kalamela.domain.festival.schedule;

import static org.kalamela.domain.festival.schedule.PerformanceStatus.COMPLETED;
import static org.kalamela.domain.festival.schedule.PerformanceStatus.PERFORMING;
import static org.kalamela.domain.festival.schedule.PerformanceStatus.WAITING;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * How an event's stage status may move on the day. Waiting → performing (a code letter on stage) → the next
 * code letter → … → completed; performing may go back to waiting (a break between performers); an off-stage
 * event (a written test) goes from waiting straight to completed. Completed is final: the results follow it.
 * Setting the status it already has is accepted, so repeating the same request changes nothing. The code
 * letter on stage must be one the event's draw gave.
 */
public final class StageStatusPolicy {

    private static final Map<PerformanceStatus, Set<PerformanceStatus>> NEXT = Map.of(
            WAITING, EnumSet.of(PERFORMING, COMPLETED),
            PERFORMING, EnumSet.of(PERFORMING, WAITING, COMPLETED),
            COMPLETED, EnumSet.noneOf(PerformanceStatus.class));

    private StageStatusPolicy() {
    }

    /**
     * Only an event in the plan has a status on a stage.
     *
     * @throws RuleViolation {@code EVENT_NOT_SCHEDULED}
     */
    public static void requireScheduled(EventId event, boolean scheduled) {
        if (!scheduled) {
            throw new RuleViolation(ErrorCode.EVENT_NOT_SCHEDULED, "Event " + event
                    + " is not scheduled on a stage: schedule it first");
        }
    }

    /**
     * @param drawnCodeLetters the code letters of the event's draw (empty before the draw)
     * @throws RuleViolation {@code STAGE_STATUS_NOT_ALLOWED}, {@code CODE_LETTER_NOT_DRAWN}
     */
    public static void checkChange(StageStatus current, StageStatus next, Set<String> drawnCodeLetters) {
        if (current.equals(next)) {
            return;
        }
        if (!NEXT.get(current.status()).contains(next.status())) {
            throw new RuleViolation(ErrorCode.STAGE_STATUS_NOT_ALLOWED, "An event that is " + current.status()
                    + " cannot become " + next.status());
        }
        next.codeLetter().ifPresent(letter -> {
            if (!drawnCodeLetters.contains(letter)) {
                throw new RuleViolation(ErrorCode.CODE_LETTER_NOT_DRAWN, drawnCodeLetters.isEmpty()
                        ? "The event's order of appearance has not been drawn"
                        : "The event's draw gave no code letter " + letter);
            }
        });
    }
}
