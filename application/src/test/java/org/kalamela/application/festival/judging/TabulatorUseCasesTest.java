package org.kalamela.application.festival.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.judging.JudgeSheetUseCasesTest.assertViolation;
import static org.kalamela.application.festival.judging.JudgingWorld.mark;
import static org.kalamela.application.festival.judging.JudgingWorld.marks;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.result.EventResultView;
import org.kalamela.application.festival.result.ResultLine;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.id.AccountId;

class TabulatorUseCasesTest {

    private final JudgingWorld world = new JudgingWorld();

    private AccountId judge(int i) {
        return world.judges.get(i).accountId();
    }

    @Test
    void the_tabulator_enters_and_submits_a_paper_sheet_recorded_as_such() {
        SheetView entered = world.enterPaperSheet.execute(new EnterPaperSheet.Command(world.event.id(), judge(0),
                marks("50", "60", "70"), true), world.admin);

        assertThat(entered.state()).isEqualTo(SheetState.SUBMITTED);
        assertThat(entered.submittedByTabulator()).isTrue();
        assertThat(world.fakes.audit.actions()).contains("SHEET_ENTERED_BY_TABULATOR");
        assertViolation(() -> world.enterPaperSheet.execute(new EnterPaperSheet.Command(world.event.id(), judge(0),
                marks("1", "1", "1"), false), world.admin), "SHEET_LOCKED");
    }

    @Test
    void a_correction_needs_a_reason_is_audited_with_old_and_new_marks_and_recomputes_a_tabulated_result() {
        world.everyJudgeSubmits("80", "70", "35");
        assertThatThrownBy(() -> world.correctSheet.execute(new CorrectSheet.Command(world.event.id(), judge(0),
                List.of(mark("C", "95")), " "), world.admin)).isInstanceOf(InvalidInput.class);

        world.correctSheet.execute(new CorrectSheet.Command(world.event.id(), judge(0),
                List.of(mark("C", "95")), "Typed in the wrong row"), world.admin);

        AuditEntry audit = world.fakes.audit.entries().stream()
                .filter(e -> e.action().equals("SHEET_CORRECTED")).findFirst().orElseThrow();
        assertThat(audit.details()).containsEntry("old", "C/1 35.00").containsEntry("new", "C/1 95.00")
                .containsEntry("reason", "Typed in the wrong row");
        assertThat(world.fakes.results.computations(world.event.id())).isEqualTo(2);
        assertThat(world.fakes.results.entries(world.event.id()).get(2).mark()).isEqualByComparingTo("55.00");
    }

    @Test
    void publishing_gives_the_next_result_number_and_a_published_result_refuses_corrections() {
        world.everyJudgeSubmits("80", "70", "35");

        EventResultView published = world.publishResult.execute(world.event.id(), world.admin);

        assertThat(published.state()).isEqualTo(EventResultState.PUBLISHED);
        assertThat(published.revision()).isZero();
        assertThat(published.publication().orElseThrow().resultNumber()).isEqualTo(1);
        assertThat(published.lines()).extracting(l -> l.result().orElseThrow().rank()).containsExactly(1, 2, 3);
        assertViolation(() -> world.publishResult.execute(world.event.id(), world.admin),
                "ILLEGAL_RESULT_TRANSITION");
        assertViolation(() -> world.correctSheet.execute(new CorrectSheet.Command(world.event.id(), judge(0),
                List.of(mark("C", "95")), "late"), world.admin), "RESULT_PUBLISHED");
        assertThat(world.fakes.audit.actions()).contains("RESULT_PUBLISHED");
    }

    @Test
    void an_unfinished_result_is_not_published() {
        assertViolation(() -> world.publishResult.execute(world.event.id(), world.admin),
                "ILLEGAL_RESULT_TRANSITION");
        EventResultView scoring = world.showEventResult.execute(world.event.id(), world.admin);
        assertThat(scoring.state()).isEqualTo(EventResultState.SCORING);
        assertThat(scoring.lines()).hasSize(3).allSatisfy(l -> assertThat(l.result()).isEmpty());
    }

    @Test
    void under_appeal_a_correction_is_the_pending_revision_and_the_published_entries_stay_until_republished() {
        world.everyJudgeSubmits("80", "70", "35");
        world.publishResult.execute(world.event.id(), world.admin);
        EventResult published = world.fakes.results.find(world.event.id()).orElseThrow();
        world.fakes.results.save(published.openAppeal());

        world.correctSheet.execute(new CorrectSheet.Command(world.event.id(), judge(0), List.of(mark("C", "95")),
                "Appeal 4 accepted"), world.admin);

        assertThat(world.fakes.results.entries(world.event.id()).get(2).mark()).isEqualByComparingTo("35.00");
        EventResultView pending = world.showEventResult.execute(world.event.id(), world.admin);
        assertThat(pending.revisionPending()).isTrue();
        assertThat(pending.lines().get(2).result().orElseThrow().mark()).isEqualByComparingTo("55.00");
        assertThat(pending.lines().get(2).judgeTotals()).extracting(t -> t.orElseThrow().toPlainString())
                .containsExactly("95.00", "35.00", "35.00");

        EventResultView republished = world.republishResult.execute(world.event.id(), world.admin);

        assertThat(republished.state()).isEqualTo(EventResultState.PUBLISHED);
        assertThat(republished.revision()).isEqualTo(1);
        assertThat(republished.publication().orElseThrow().resultNumber()).isEqualTo(1);
        assertThat(world.fakes.results.entries(world.event.id()).get(2).mark()).isEqualByComparingTo("55.00");
        assertViolation(() -> world.republishResult.execute(world.event.id(), world.admin),
                "ILLEGAL_RESULT_TRANSITION");
    }

    @Test
    void a_single_mark_naming_the_id_the_events_kind_does_not_take_is_a_field_error_that_saves_nothing() {
        JudgingWorld solo = new JudgingWorld();
        var event = solo.other;
        long entry = solo.festival.enter(solo.festival.official, solo.festival.senior(), event).id().value();
        solo.fakes.draws.replace(org.kalamela.domain.festival.draw.DrawPolicy.draw(event.id(),
                org.kalamela.application.festival.FestivalWorld.YEAR,
                List.of(org.kalamela.domain.festival.draw.Performer.entry(
                        org.kalamela.domain.festival.entry.IndividualEntryId.of(entry))),
                new org.kalamela.domain.festival.draw.DrawSeed("0".repeat(63) + "3"), solo.admin,
                solo.festival.clock.instant()));

        assertThatThrownBy(() -> solo.enterSingleMarks.execute(new EnterSingleMarks.Command(event.id(), false,
                List.of(new EnterSingleMarks.SingleMark(entry, 7L, new BigDecimal("50")))), solo.admin))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("marks[0].teamId"));
        assertThatThrownBy(() -> solo.enterSingleMarks.execute(new EnterSingleMarks.Command(event.id(), false,
                List.of(EnterSingleMarks.SingleMark.entry(entry, new BigDecimal("50")),
                        EnterSingleMarks.SingleMark.team(7L, new BigDecimal("50")))), solo.admin))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("marks[1].teamId"));

        assertThat(solo.fakes.sheets.panel(event.id())).isEmpty();
        assertThat(solo.fakes.audit.count("SCORES_ENTERED")).isZero();
        assertThat(solo.fakes.judgingLocks.locked()).isEmpty();
    }

    @Test
    void single_marks_go_on_the_one_judges_sheet_and_compute_the_result_when_every_entry_has_one() {
        world.fakes.sheets.assign(world.other.id(), world.admin.accountId(), world.admin.accountId(),
                world.festival.clock.instant());
        JudgingWorld solo = new JudgingWorld();
        var event = solo.other;
        var entries = List.of(solo.festival.enter(solo.festival.official, solo.festival.senior(), event).id(),
                solo.festival.enter(solo.festival.official, solo.festival.senior(), event).id());
        solo.fakes.draws.replace(org.kalamela.domain.festival.draw.DrawPolicy.draw(event.id(),
                org.kalamela.application.festival.FestivalWorld.YEAR,
                entries.stream().map(org.kalamela.domain.festival.draw.Performer::entry).toList(),
                new org.kalamela.domain.festival.draw.DrawSeed("0".repeat(63) + "3"), solo.admin,
                solo.festival.clock.instant()));

        assertThatThrownBy(() -> solo.enterSingleMarks.execute(new EnterSingleMarks.Command(event.id(), false,
                List.of(EnterSingleMarks.SingleMark.entry(999L, new BigDecimal("50")))), solo.admin))
                .isInstanceOf(InvalidInput.class);
        SheetView half = solo.enterSingleMarks.execute(new EnterSingleMarks.Command(event.id(), false,
                List.of(EnterSingleMarks.SingleMark.entry(entries.get(0).value(), new BigDecimal("61")))), solo.admin);
        assertThat(half.state()).isEqualTo(SheetState.IN_PROGRESS);
        solo.enterSingleMarks.execute(new EnterSingleMarks.Command(event.id(), false,
                List.of(EnterSingleMarks.SingleMark.entry(entries.get(1).value(), new BigDecimal("49.99")))),
                solo.admin);

        EventResultView result = solo.showEventResult.execute(event.id(), solo.admin);
        assertThat(result.state()).isEqualTo(EventResultState.TABULATED);
        assertThat(result.panel()).singleElement().satisfies(j -> assertThat(j.id()).isEqualTo(solo.admin.accountId()));
        assertThat(result.lines()).extracting(ResultLine::result).allSatisfy(r -> assertThat(r).isPresent());
        assertViolation(() -> solo.enterSingleMarks.execute(new EnterSingleMarks.Command(solo.event.id(), false,
                List.of(EnterSingleMarks.SingleMark.entry(1L, new BigDecimal("50")))), solo.admin),
                "NOT_SINGLE_MARK_EVENT");
        assertThatThrownBy(() -> solo.enterSingleMarks.execute(new EnterSingleMarks.Command(event.id(), true,
                List.of()), solo.admin)).isInstanceOf(InvalidInput.class);
    }
}
