package org.kalamela.application.festival.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.judging.JudgingWorld.mark;
import static org.kalamela.application.festival.judging.JudgingWorld.marks;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;

class JudgeSheetUseCasesTest {

    private final JudgingWorld world = new JudgingWorld();
    private final Actor judge = world.judges.get(0);

    @Test
    void a_judge_reads_code_letters_criteria_and_their_marks() {
        world.saveMySheet.execute(world.event.id(), List.of(mark("B", "45.5")), judge);

        SheetView sheet = world.showMySheet.execute(world.event.id(), judge);

        assertThat(sheet.codeLetters()).extracting(Object::toString).containsExactly("A", "B", "C");
        assertThat(sheet.criteria()).extracting(c -> c.name()).containsExactly("Overall");
        assertThat(sheet.marks()).singleElement().satisfies(m -> assertThat(m.mark()).isEqualByComparingTo("45.50"));
        assertThat(sheet.state()).isEqualTo(SheetState.IN_PROGRESS);
    }

    @Test
    void another_judges_event_and_other_roles_are_refused() {
        assertThatThrownBy(() -> world.showMySheet.execute(world.event.id(), world.outsider))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.saveMySheet.execute(world.other.id(), marks("1", "2", "3"), judge))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.showMySheet.execute(world.event.id(), world.admin))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void a_bad_mark_keeps_none_of_the_marks() {
        world.saveMySheet.execute(world.event.id(), List.of(mark("A", "10")), judge);

        assertThatThrownBy(() -> world.saveMySheet.execute(world.event.id(),
                List.of(mark("A", "20"), mark("B", "101"), mark("C", "-1"), mark("A", "1.005")), judge))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(f -> f.field())
                        .contains("marks[1].mark", "marks[2].mark", "marks[3].mark"));

        assertThat(world.fakes.sheets.find(world.event.id(), judge.accountId()).orElseThrow().marks())
                .singleElement().satisfies(m -> assertThat(m.mark()).isEqualByComparingTo("10"));
    }

    @Test
    void an_incomplete_sheet_is_not_submitted_and_a_submitted_one_refuses_changes() {
        world.saveMySheet.execute(world.event.id(), List.of(mark("A", "10")), judge);
        assertViolation(() -> world.submitMySheet.execute(world.event.id(), judge), "SHEET_INCOMPLETE");

        world.saveMySheet.execute(world.event.id(), marks("10", "20", "30"), judge);
        SheetView submitted = world.submitMySheet.execute(world.event.id(), judge);

        assertThat(submitted.state()).isEqualTo(SheetState.SUBMITTED);
        assertViolation(() -> world.saveMySheet.execute(world.event.id(), marks("1", "1", "1"), judge),
                "SHEET_LOCKED");
        assertViolation(() -> world.submitMySheet.execute(world.event.id(), judge), "SHEET_LOCKED");
        assertThat(world.fakes.judgingLocks.locked()).contains(world.event.id());
    }

    @Test
    void the_last_sheet_of_the_panel_computes_the_result_once() {
        world.saveMySheet.execute(world.event.id(), marks("80", "70", "35"), world.judges.get(0));
        world.submitMySheet.execute(world.event.id(), world.judges.get(0));
        world.saveMySheet.execute(world.event.id(), marks("90", "70", "35"), world.judges.get(1));
        world.submitMySheet.execute(world.event.id(), world.judges.get(1));
        assertThat(world.fakes.results.computations(world.event.id())).isZero();

        world.saveMySheet.execute(world.event.id(), marks("70", "70.01", "35"), world.judges.get(2));
        world.submitMySheet.execute(world.event.id(), world.judges.get(2));

        assertThat(world.fakes.results.computations(world.event.id())).isEqualTo(1);
        assertThat(world.fakes.results.find(world.event.id()).orElseThrow().state())
                .isEqualTo(EventResultState.TABULATED);
        assertThat(world.fakes.results.entries(world.event.id()))
                .extracting(e -> e.mark().toPlainString(), e -> e.rank(), e -> e.grade().letter().orElse("-"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("80.00", 1, "A"),
                        org.assertj.core.groups.Tuple.tuple("70.00", 2, "A"),
                        org.assertj.core.groups.Tuple.tuple("35.00", 3, "-"));
    }

    @Test
    void the_sheet_of_an_undrawn_event_cannot_be_submitted() {
        world.fakes.sheets.assign(world.other.id(), judge.accountId(), world.admin.accountId(),
                world.festival.clock.instant());
        assertThat(world.showMySheet.execute(world.other.id(), judge).codeLetters()).isEmpty();
        assertViolation(() -> world.submitMySheet.execute(world.other.id(), judge), "NOT_DRAWN");
    }

    static void assertViolation(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo(code));
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
