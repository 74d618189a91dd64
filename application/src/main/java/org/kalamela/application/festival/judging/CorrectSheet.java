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
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin corrects marks of a judge's sheet, with a reason, audited with the old and the new marks. Refused
 * while the event's result is published (RESULT_PUBLISHED: that takes an accepted appeal); a tabulated result
 * is computed again at once; a result under appeal is recomputed for the admin's view and republication while
 * the public keeps seeing the published one (ADR-17). The sheet stays as it was, submitted or open.
 */
@UseCase
public class CorrectSheet {

    public static final int MAX_REASON_LENGTH = 500;

    private final EventJudging judging;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final ResultComputation computation;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public CorrectSheet(EventJudging judging, JudgeSheetRepository sheets, JudgingLocks locks,
                        ResultComputation computation, AuditLog audit, Clock clock) {
        this.judging = judging;
        this.sheets = sheets;
        this.locks = locks;
        this.computation = computation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The corrected marks (only the cells that change) and why. */
    public record Command(EventId event, AccountId judge, List<MarkInput> marks, String reason) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for an event or a judge not on its panel
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code RESULT_PUBLISHED}, {@code NOT_DRAWN}
     */
    @Transactional
    public SheetView execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        String reason = command.reason() == null ? null : command.reason().trim();
        new Validation().required(reason, "reason")
                .check(reason == null || reason.length() <= MAX_REASON_LENGTH, "reason",
                        "must be at most " + MAX_REASON_LENGTH + " characters")
                .throwIfInvalid();
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, command.event());
        locks.lockEvent(command.event());
        JudgeSheet sheet = judging.sheetOnPanel(command.event(), command.judge());
        judging.checkMarksMayChange(command.event());
        Draw draw = judging.requireDraw(command.event());
        EventCriteria criteria = judging.fixedCriteria(command.event());
        List<SheetMark> checked = MarkPolicy.checked(criteria, draw.codeLetters(), command.marks());
        Instant now = clock.instant();
        sheets.saveMarks(command.event(), command.judge(), checked, actor.accountId(), true, now);
        computation.afterCorrection(command.event(), edition, now);
        audit.record(AuditEntry.by(actor, "SHEET_CORRECTED", "sheet", command.event() + "/" + command.judge(), now,
                Map.of("event", command.event().toString(), "judge", command.judge().toString(),
                        "reason", reason, "old", SheetChanges.before(sheet, checked),
                        "new", SheetChanges.describe(checked))));
        return SheetView.of(event, judging.sheetOnPanel(command.event(), command.judge()), criteria,
                Optional.of(draw));
    }
}
