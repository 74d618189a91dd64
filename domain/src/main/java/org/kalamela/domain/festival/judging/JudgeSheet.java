package org.kalamela.domain.festival.judging;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/**
 * A judge's seat on an event's panel and their sheet: a mark per code letter and criterion, open until
 * submitted, then locked. A judge's total for a code letter is the sum of its criteria's marks, out of 100.
 */
public record JudgeSheet(EventId event, AccountId judge, List<SheetMark> marks, Optional<Submission> submission) {

    public JudgeSheet {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(judge, "judge");
        marks = List.copyOf(marks);
        submission = submission == null ? Optional.empty() : submission;
        if (marks.stream().map(SheetMark::cell).distinct().count() != marks.size()) {
            throw new IllegalArgumentException("a sheet has one mark per code letter and criterion");
        }
    }

    public static JudgeSheet empty(EventId event, AccountId judge) {
        return new JudgeSheet(event, judge, List.of(), Optional.empty());
    }

    public boolean isSubmitted() {
        return submission.isPresent();
    }

    public SheetState state() {
        return isSubmitted() ? SheetState.SUBMITTED : marks.isEmpty() ? SheetState.EMPTY : SheetState.IN_PROGRESS;
    }

    /** Refuses a change by the judge (or a tabulator's plain entry) once the sheet is submitted. */
    public void checkOpen() {
        if (isSubmitted()) {
            throw new RuleViolation(ErrorCode.SHEET_LOCKED,
                    "The sheet is submitted and locked: only an admin's correction with a reason changes it");
        }
    }

    /** The sheet with the given marks written over the marks of the same cells. */
    public JudgeSheet withMarks(Collection<SheetMark> changed) {
        Map<SheetMark.Cell, SheetMark> byCell = new LinkedHashMap<>();
        marks.forEach(m -> byCell.put(m.cell(), m));
        changed.forEach(m -> byCell.put(m.cell(), m));
        return new JudgeSheet(event, judge, List.copyOf(byCell.values()), submission);
    }

    public Optional<BigDecimal> mark(CodeLetter letter, int criterion) {
        return marks.stream().filter(m -> m.codeLetter().equals(letter) && m.criterion() == criterion)
                .map(SheetMark::mark).findFirst();
    }

    /** How many cells of the sheet (code letters × criteria) have no mark yet. */
    public int missing(EventCriteria criteria, Set<CodeLetter> letters) {
        int missing = 0;
        for (CodeLetter letter : letters) {
            for (int c = 1; c <= criteria.size(); c++) {
                missing += mark(letter, c).isPresent() ? 0 : 1;
            }
        }
        return missing;
    }

    /** Refuses submitting a sheet with an empty cell: a result is made of complete sheets only. */
    public void checkComplete(EventCriteria criteria, Set<CodeLetter> letters) {
        int missing = missing(criteria, letters);
        if (missing > 0) {
            throw new RuleViolation(ErrorCode.SHEET_INCOMPLETE, "The sheet lacks " + missing
                    + " mark(s): every code letter needs a mark for every criterion before it is submitted");
        }
    }

    /** The judge's total for the code letter: the sum of its marks. */
    public BigDecimal total(CodeLetter letter) {
        return marks.stream().filter(m -> m.codeLetter().equals(letter)).map(SheetMark::mark)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
