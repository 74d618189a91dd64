package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.judging.MarkInput;
import org.kalamela.domain.festival.judging.MarkPolicy;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * A judge saves marks on their open sheet, each over the mark of its cell ({@link MarkPolicy}: drawn code
 * letters, criteria of the event, 0 to the maximum, two decimals; one bad mark keeps none). Under the event's
 * judging lock, so a save never slips in after the sheet's submission.
 */
@UseCase
public class SaveMySheet {

    private final EventJudging judging;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final Clock clock;

    @Inject
    public SaveMySheet(EventJudging judging, JudgeSheetRepository sheets, JudgingLocks locks, Clock clock) {
        this.judging = judging;
        this.sheets = sheets;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for an event the judge does not sit on
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code SHEET_LOCKED} once submitted, {@code NOT_DRAWN}
     */
    @Transactional
    public SheetView execute(EventId eventId, List<MarkInput> marks, Actor actor) {
        actor.require(Role.JUDGE);
        judging.seat(eventId, actor.accountId());
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, eventId);
        locks.lockEvent(eventId);
        judging.seat(eventId, actor.accountId()).checkOpen();
        Draw draw = judging.requireDraw(eventId);
        EventCriteria criteria = judging.fixedCriteria(eventId);
        List<SheetMark> checked = MarkPolicy.checked(criteria, draw.codeLetters(), marks);
        sheets.saveMarks(eventId, actor.accountId(), checked, actor.accountId(), false, clock.instant());
        return SheetView.of(event, judging.seat(eventId, actor.accountId()), criteria, Optional.of(draw));
    }
}
