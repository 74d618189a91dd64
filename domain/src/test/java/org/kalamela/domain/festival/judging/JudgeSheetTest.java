package org.kalamela.domain.festival.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.JudgingFixtures.EVENT;
import static org.kalamela.domain.festival.JudgingFixtures.letter;
import static org.kalamela.domain.festival.JudgingFixtures.mark;
import static org.kalamela.domain.festival.JudgingFixtures.submittedSheet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.AccountId;

class JudgeSheetTest {

    private static final EventCriteria CRITERIA = EventCriteriaTest.criteria("60", "40");
    private final JudgeSheet empty = JudgeSheet.empty(EVENT, AccountId.of(5));

    @Test
    void a_sheet_goes_from_empty_to_in_progress_to_submitted() {
        JudgeSheet started = empty.withMarks(List.of(new SheetMark(letter("A"), 1, mark("50"))));

        assertThat(empty.state()).isEqualTo(SheetState.EMPTY);
        assertThat(started.state()).isEqualTo(SheetState.IN_PROGRESS);
        assertThat(submittedSheet(5, "50").state()).isEqualTo(SheetState.SUBMITTED);
    }

    @Test
    void a_submitted_sheet_is_locked_an_open_one_is_not() {
        empty.checkOpen();
        assertViolation(() -> submittedSheet(5, "50").checkOpen(), "SHEET_LOCKED");
    }

    @Test
    void new_marks_replace_the_marks_of_their_cells_only() {
        JudgeSheet sheet = empty.withMarks(List.of(new SheetMark(letter("A"), 1, mark("50")),
                new SheetMark(letter("A"), 2, mark("30"))));
        JudgeSheet changed = sheet.withMarks(List.of(new SheetMark(letter("A"), 2, mark("31.5"))));

        assertThat(changed.mark(letter("A"), 1)).contains(mark("50.00"));
        assertThat(changed.mark(letter("A"), 2)).contains(mark("31.50"));
        assertThat(changed.mark(letter("B"), 1)).isEmpty();
        assertThat(changed.total(letter("A"))).isEqualByComparingTo("81.5");
        assertThat(changed.total(letter("B"))).isEqualByComparingTo("0");
    }

    @Test
    void submitting_needs_every_code_letter_marked_on_every_criterion() {
        JudgeSheet sheet = empty.withMarks(List.of(new SheetMark(letter("A"), 1, mark("50")),
                new SheetMark(letter("A"), 2, mark("30")), new SheetMark(letter("B"), 1, mark("0"))));

        assertThat(sheet.missing(CRITERIA, Set.of(letter("A"), letter("B")))).isEqualTo(1);
        assertViolation(() -> sheet.checkComplete(CRITERIA, Set.of(letter("A"), letter("B"))), "SHEET_INCOMPLETE");
        sheet.withMarks(List.of(new SheetMark(letter("B"), 2, mark("0"))))
                .checkComplete(CRITERIA, Set.of(letter("A"), letter("B")));
    }

    @Test
    void a_sheet_holds_one_mark_per_cell() {
        assertThatThrownBy(() -> new JudgeSheet(EVENT, AccountId.of(5), List.of(
                new SheetMark(letter("A"), 1, mark("1")), new SheetMark(letter("A"), 1, mark("2"))),
                Optional.of(new Submission(Instant.EPOCH, AccountId.of(5), false))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
