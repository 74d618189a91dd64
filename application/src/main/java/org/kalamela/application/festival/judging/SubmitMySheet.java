package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * A judge submits their complete sheet, which locks it. Under the event's judging lock: when this is the last
 * sheet of the panel the result is computed, once, even when two judges submit at the same moment (the
 * second waits for the lock and finds the result computed).
 */
@UseCase
public class SubmitMySheet {

    private final EventJudging judging;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final ResultComputation computation;
    private final Clock clock;

    @Inject
    public SubmitMySheet(EventJudging judging, JudgeSheetRepository sheets, JudgingLocks locks,
                         ResultComputation computation, Clock clock) {
        this.judging = judging;
        this.sheets = sheets;
        this.locks = locks;
        this.computation = computation;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for an event the judge does not sit on
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code SHEET_LOCKED}, {@code SHEET_INCOMPLETE},
     *         {@code NOT_DRAWN}
     */
    @Transactional
    public SheetView execute(EventId eventId, Actor actor) {
        actor.require(Role.JUDGE);
        judging.seat(eventId, actor.accountId());
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, eventId);
        locks.lockEvent(eventId);
        JudgeSheet sheet = judging.seat(eventId, actor.accountId());
        sheet.checkOpen();
        Draw draw = judging.requireDraw(eventId);
        EventCriteria criteria = judging.criteria(eventId);
        sheet.checkComplete(criteria, draw.codeLetters());
        Instant now = clock.instant();
        sheets.submit(eventId, actor.accountId(), new Submission(now, actor.accountId(), false));
        computation.afterSubmission(eventId, edition, now);
        return SheetView.of(event, judging.seat(eventId, actor.accountId()), criteria, Optional.of(draw));
    }
}
