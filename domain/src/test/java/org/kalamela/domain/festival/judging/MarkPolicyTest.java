package org.kalamela.domain.festival.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.JudgingFixtures.letter;
import static org.kalamela.domain.festival.JudgingFixtures.mark;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class MarkPolicyTest {

    private static final EventCriteria CRITERIA = EventCriteriaTest.criteria("75", "25");
    private static final Set<CodeLetter> DRAWN = Set.of(letter("A"), letter("B"));

    @Test
    void marks_from_0_to_the_maximum_with_two_decimals_are_kept() {
        List<SheetMark> marks = MarkPolicy.checked(CRITERIA, DRAWN, List.of(
                new MarkInput("A", 1, mark("0")), new MarkInput("A", 2, mark("25")),
                new MarkInput("B", 1, mark("75.00")), new MarkInput("B", 2, mark("12.34"))));

        assertThat(marks).containsExactly(new SheetMark(letter("A"), 1, mark("0.00")),
                new SheetMark(letter("A"), 2, mark("25.00")), new SheetMark(letter("B"), 1, mark("75.00")),
                new SheetMark(letter("B"), 2, mark("12.34")));
    }

    @Test
    void a_mark_over_the_criterion_maximum_is_a_field_error() {
        assertFieldErrors(List.of(new MarkInput("A", 2, mark("25.01"))), "marks[0].mark");
        assertFieldErrors(List.of(new MarkInput("A", 1, mark("101"))), "marks[0].mark");
    }

    @Test
    void a_101_in_a_criterion_of_100_is_a_field_error() {
        assertThatThrownBy(() -> MarkPolicy.checked(EventCriteria.DEFAULT, DRAWN,
                List.of(new MarkInput("A", 1, mark("101")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("marks[0].mark", "must be between 0 and 100")));
    }

    @Test
    void negative_marks_and_three_decimals_are_field_errors() {
        assertFieldErrors(List.of(new MarkInput("A", 1, mark("-0.01"))), "marks[0].mark");
        assertFieldErrors(List.of(new MarkInput("A", 1, mark("10.005"))), "marks[0].mark");
        assertThat(MarkPolicy.checked(CRITERIA, DRAWN, List.of(new MarkInput("A", 1, mark("10.500")))))
                .extracting(SheetMark::mark).containsExactly(mark("10.50"));
    }

    @Test
    void every_bad_mark_is_reported_under_its_place_at_once() {
        assertFieldErrors(List.of(new MarkInput("A", 1, mark("10")), new MarkInput("C", 1, mark("10")),
                new MarkInput("B", 3, mark("10")), new MarkInput("B", 1, null), new MarkInput(null, null, mark("1"))),
                "marks[1].codeLetter", "marks[2].criterion", "marks[3].mark", "marks[4].codeLetter",
                "marks[4].criterion");
    }

    @Test
    void a_code_letter_must_be_drawn_in_the_event() {
        assertFieldErrors(List.of(new MarkInput("Z", 1, mark("1"))), "marks[0].codeLetter");
        assertFieldErrors(List.of(new MarkInput("a", 1, mark("1"))), "marks[0].codeLetter");
        assertFieldErrors(List.of(new MarkInput("A", 0, mark("1"))), "marks[0].criterion");
    }

    @Test
    void a_cell_is_marked_once_per_request() {
        assertFieldErrors(List.of(new MarkInput("A", 1, mark("1")), new MarkInput("A", 1, mark("2"))),
                "marks[1].criterion");
    }

    @Test
    void the_list_is_required_and_may_not_hold_nulls() {
        assertFieldErrors(null, "marks");
        assertFieldErrors(Arrays.asList((MarkInput) null), "marks[0].mark");
        assertThat(MarkPolicy.checked(CRITERIA, DRAWN, List.of())).isEmpty();
    }

    private static void assertFieldErrors(List<MarkInput> inputs, String... fields) {
        assertThatThrownBy(() -> MarkPolicy.checked(CRITERIA, DRAWN, inputs))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }
}
