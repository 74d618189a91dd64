package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.festival.judging.MarkInput;
import org.kalamela.domain.festival.judging.MarkPolicy;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.SingleMarkPolicy;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The old app's bulk score entry as the one-judge case of the panel model: the admin types one mark out of
 * 100 per entry (or team) of an event; grades, ranks and points are derived when the result is computed. The
 * marks go on the sheet of the event's only judge, as tabulator; an event nobody was appointed to judge gets
 * the admin as its one judge. When every drawn entry has its mark the sheet is submitted and the result
 * computed. The event must be marked on one criterion by at most one judge (NOT_SINGLE_MARK_EVENT otherwise).
 */
@UseCase
public class EnterSingleMarks {

    private final EventJudging judging;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final ResultComputation computation;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EnterSingleMarks(EventJudging judging, JudgeSheetRepository sheets, JudgingLocks locks,
                            ResultComputation computation, AuditLog audit, Clock clock) {
        this.judging = judging;
        this.sheets = sheets;
        this.locks = locks;
        this.computation = computation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A mark for an individual entry (in an individual event) or a team (in a group event), by its id; the body
     * names both fields, so a mark may carry the id the event's kind does not take, which is refused rather than
     * dropped: a tabulator who typed a team's id on the individual path would otherwise see a silent success.
     */
    public record SingleMark(Long entryId, Long teamId, BigDecimal mark) {

        public static SingleMark entry(Long entryId, BigDecimal mark) {
            return new SingleMark(entryId, null, mark);
        }

        public static SingleMark team(Long teamId, BigDecimal mark) {
            return new SingleMark(null, teamId, mark);
        }

        Long performerId(boolean group) {
            return group ? teamId : entryId;
        }

        Long otherId(boolean group) {
            return group ? entryId : teamId;
        }
    }

    public record Command(EventId event, boolean group, List<SingleMark> marks) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.InvalidInput {@code VALIDATION_FAILED}: {@code eventId} of the
     *         other kind, {@code marks[i].entryId} / {@code marks[i].teamId} not drawn or given to an event of the
     *         other kind (a team's id for an individual event, an entry's for a group event), {@code marks[i].mark}
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_SINGLE_MARK_EVENT}, {@code NOT_DRAWN}, {@code SHEET_LOCKED},
     *         {@code RESULT_PUBLISHED}
     */
    @Transactional
    public SheetView execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        String idField = command.group() ? "teamId" : "entryId";
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, command.event());
        Validation shape = new Validation().check(event.isGroup() == command.group(), "eventId",
                command.group() ? "is not a group event" : "is not an individual event");
        String otherField = command.group() ? "entryId" : "teamId";
        List<SingleMark> given = command.marks() == null ? List.of() : command.marks();
        for (int i = 0; i < given.size(); i++) {
            SingleMark mark = given.get(i);
            shape.element("marks", i).check(mark == null || mark.otherId(command.group()) == null, otherField,
                    command.group() ? "is not taken by a group event: give the team's teamId"
                            : "is not taken by an individual event: give the entry's entryId");
        }
        shape.throwIfInvalid();
        locks.lockEvent(command.event());
        judging.checkMarksMayChange(command.event());
        Draw draw = judging.requireDraw(command.event());
        List<JudgeSheet> panel = sheets.panel(command.event());
        EventCriteria criteria = judging.fixedCriteria(command.event());
        SingleMarkPolicy.checkSingleMark(panel.size(), criteria.size());
        Instant now = clock.instant();
        if (panel.isEmpty()) {
            sheets.assign(command.event(), actor.accountId(), actor.accountId(), now);
        }
        JudgeSheet sheet = panel.isEmpty() ? JudgeSheet.empty(command.event(), actor.accountId()) : panel.get(0);
        sheet.checkOpen();
        List<SheetMark> checked = MarkPolicy.checked(criteria, draw.codeLetters(),
                inputs(command, draw, idField));
        sheets.saveMarks(command.event(), sheet.judge(), checked, actor.accountId(), true, now);
        JudgeSheet marked = sheet.withMarks(checked);
        boolean complete = marked.missing(criteria, draw.codeLetters()) == 0;
        if (complete) {
            sheets.submit(command.event(), sheet.judge(), new Submission(now, actor.accountId(), true));
            computation.afterSubmission(command.event(), edition, now);
        }
        audit.record(AuditEntry.by(actor, "SCORES_ENTERED", "event", command.event(), now, Map.of(
                "judge", sheet.judge().toString(), "marks", SheetChanges.describe(checked),
                "submitted", Boolean.toString(complete))));
        return SheetView.of(event, judging.sheetOnPanel(command.event(), sheet.judge()), criteria, Optional.of(draw));
    }

    /** The marks as a sheet's cells: each entry's or team's drawn code letter, criterion 1. */
    private static List<MarkInput> inputs(Command command, Draw draw, String idField) {
        Validation validation = new Validation().required(command.marks(), "marks");
        List<MarkInput> inputs = new ArrayList<>();
        List<SingleMark> marks = command.marks() == null ? List.of() : command.marks();
        for (int i = 0; i < marks.size(); i++) {
            Validation row = validation.element("marks", i);
            SingleMark mark = marks.get(i);
            Long id = mark == null ? null : mark.performerId(command.group());
            row.required(id, idField);
            Optional<Appearance> appearance = Optional.ofNullable(id).filter(x -> x > 0)
                    .flatMap(x -> draw.appearances().stream()
                            .filter(a -> a.performer().equals(performer(command.group(), x))).findFirst());
            row.check(id == null || appearance.isPresent(), idField, "is not drawn in this event");
            inputs.add(new MarkInput(appearance.map(a -> a.codeLetter().value()).orElse(null), 1,
                    mark == null ? null : mark.mark()));
        }
        validation.throwIfInvalid();
        return inputs;
    }

    private static Performer performer(boolean group, long id) {
        return group ? Performer.team(TeamId.of(id)) : Performer.entry(IndividualEntryId.of(id));
    }
}
