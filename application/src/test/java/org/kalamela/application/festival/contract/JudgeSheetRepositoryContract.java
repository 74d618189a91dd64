package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.contract.JudgingContractWorld.AT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/** What every {@link JudgeSheetRepository} and {@link CriteriaRepository} do, on a drawn event. */
public abstract class JudgeSheetRepositoryContract {

    private static final CodeLetter A = CodeLetter.ofPosition(1);
    private static final CodeLetter B = CodeLetter.ofPosition(2);
    private static final EventCriteria TWO = new EventCriteria(List.of(Criterion.of("Sruthi", 60),
            new Criterion("Bhavam, \"expression\"", new BigDecimal("40"))));

    protected abstract JudgeSheetRepository sheets();

    protected abstract CriteriaRepository criteria();

    protected abstract DrawRepository draws();

    protected abstract FestivalContractFixtures fixtures();

    private EventId event;
    private AccountId first;
    private AccountId second;

    @BeforeEach
    void drawnEvent() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Light Music", 2);
        draws().replace(world.draw(5L));
        event = world.event().id();
        first = fixtures().givenJudge("first");
        second = fixtures().givenJudge("second");
    }

    @Test
    void criteria_read_back_in_order_and_the_default_is_stored_on_demand() {
        assertThat(criteria().find(event)).isEmpty();
        assertThat(criteria().fixed(event)).isEqualTo(EventCriteria.DEFAULT);
        assertThat(criteria().find(event)).contains(EventCriteria.DEFAULT);

        criteria().replace(event, TWO);

        assertThat(criteria().find(event)).contains(TWO);
        assertThat(criteria().fixed(event)).isEqualTo(TWO);
    }

    @Test
    void a_panel_lists_its_judges_in_seating_order_with_empty_sheets() {
        sheets().assign(event, first, first, AT);
        sheets().assign(event, second, first, AT.plusSeconds(1));

        assertThat(sheets().panel(event)).extracting(JudgeSheet::judge).containsExactly(first, second);
        assertThat(sheets().panel(event)).extracting(JudgeSheet::state).containsOnly(SheetState.EMPTY);
        assertThat(sheets().find(event, second)).contains(JudgeSheet.empty(event, second));
        assertThat(sheets().eventsOf(first)).containsExactly(event);
        assertThat(sheets().marksExist(event)).isFalse();
    }

    @Test
    void marks_are_written_over_their_cells_and_read_back() {
        criteria().replace(event, TWO);
        sheets().assign(event, first, first, AT);
        sheets().assign(event, second, first, AT);
        sheets().saveMarks(event, first, List.of(mark(A, 1, "55.5"), mark(A, 2, "40"), mark(B, 1, "0")), first,
                false, AT);

        sheets().saveMarks(event, first, List.of(mark(A, 1, "59.25")), AccountId.of(1), true, AT.plusSeconds(5));

        JudgeSheet sheet = sheets().find(event, first).orElseThrow();
        assertThat(sheet.mark(A, 1)).contains(new BigDecimal("59.25"));
        assertThat(sheet.mark(A, 2)).contains(new BigDecimal("40.00"));
        assertThat(sheet.mark(B, 1)).contains(new BigDecimal("0.00"));
        assertThat(sheet.state()).isEqualTo(SheetState.IN_PROGRESS);
        assertThat(sheets().find(event, second).orElseThrow().marks()).isEmpty();
        assertThat(sheets().marksExist(event)).isTrue();
    }

    @Test
    void a_submitted_sheet_keeps_its_submission() {
        criteria().fixed(event);
        sheets().assign(event, first, first, AT);
        sheets().saveMarks(event, first, List.of(mark(A, 1, "70"), mark(B, 1, "80")), first, false, AT);
        Submission submission = new Submission(AT.plusSeconds(60), AccountId.of(1), true);

        sheets().submit(event, first, submission);

        assertThat(sheets().find(event, first).orElseThrow().submission()).isEqualTo(Optional.of(submission));
        assertThat(sheets().panel(event)).extracting(JudgeSheet::state).containsExactly(SheetState.SUBMITTED);
    }

    @Test
    void criteria_with_marks_are_not_replaced() {
        criteria().fixed(event);
        sheets().assign(event, first, first, AT);
        sheets().saveMarks(event, first, List.of(mark(A, 1, "70")), first, false, AT);

        assertThatThrownBy(() -> criteria().replace(event, TWO)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("CRITERIA_LOCKED"));
    }

    @Test
    void a_judge_without_marks_leaves_the_panel_and_one_with_marks_stays() {
        criteria().fixed(event);
        sheets().assign(event, first, first, AT);
        sheets().assign(event, second, first, AT.plusSeconds(1));
        sheets().saveMarks(event, first, List.of(mark(A, 1, "70")), first, false, AT);

        sheets().unassign(event, second);
        sheets().unassign(event, second);

        assertThat(sheets().panel(event)).extracting(JudgeSheet::judge).containsExactly(first);
        assertThat(sheets().eventsOf(second)).isEmpty();
        assertThatThrownBy(() -> sheets().unassign(event, first)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("JUDGE_HAS_MARKS"));
    }

    @Test
    void a_judge_of_no_panel_has_no_events_and_no_sheet() {
        assertThat(sheets().eventsOf(second)).isEmpty();
        assertThat(sheets().find(event, second)).isEmpty();
        assertThat(sheets().panel(event)).isEmpty();
    }

    private static SheetMark mark(CodeLetter letter, int criterion, String mark) {
        return new SheetMark(letter, criterion, new BigDecimal(mark));
    }
}
