package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.kalamela.domain.festival.judging.MarkInput;
import org.kalamela.domain.festival.judging.MarkPolicy;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The admin, as tabulator, enters a judge's paper sheet on their behalf: the marks are recorded as entered by
 * the admin as tabulator, checked as a judge's are, and the sheet may be submitted with them (then, as for a
 * judge, the last sheet of the panel computes the result). Only an open sheet: a submitted one is corrected
 * with a reason. Audited.
 */
@UseCase
public class EnterPaperSheet {

    private final EventJudging judging;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final ResultComputation computation;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EnterPaperSheet(EventJudging judging, JudgeSheetRepository sheets, JudgingLocks locks,
                           ResultComputation computation, AuditLog audit, Clock clock) {
        this.judging = judging;
        this.sheets = sheets;
        this.locks = locks;
        this.computation = computation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The judge's marks and whether to submit the sheet with them. */
    public record Command(EventId event, AccountId judge, List<MarkInput> marks, boolean submit) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for an event or a judge not on its panel
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code SHEET_LOCKED}, {@code SHEET_INCOMPLETE},
     *         {@code NOT_DRAWN}
     */
    @Transactional
    public SheetView execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, command.event());
        locks.lockEvent(command.event());
        JudgeSheet sheet = judging.sheetOnPanel(command.event(), command.judge());
        sheet.checkOpen();
        Draw draw = judging.requireDraw(command.event());
        EventCriteria criteria = judging.fixedCriteria(command.event());
        List<SheetMark> checked = MarkPolicy.checked(criteria, draw.codeLetters(), command.marks());
        Instant now = clock.instant();
        if (command.submit()) {
            sheet.withMarks(checked).checkComplete(criteria, draw.codeLetters());
        }
        sheets.saveMarks(command.event(), command.judge(), checked, actor.accountId(), true, now);
        if (command.submit()) {
            sheets.submit(command.event(), command.judge(), new Submission(now, actor.accountId(), true));
            computation.afterSubmission(command.event(), edition, now);
        }
        audit.record(AuditEntry.by(actor, "SHEET_ENTERED_BY_TABULATOR", "sheet",
                command.event() + "/" + command.judge(), now, Map.of("event", command.event().toString(),
                        "judge", command.judge().toString(), "marks", SheetChanges.describe(checked),
                        "submitted", Boolean.toString(command.submit()))));
        return SheetView.of(event, judging.sheetOnPanel(command.event(), command.judge()), criteria,
                Optional.of(draw));
    }
}
