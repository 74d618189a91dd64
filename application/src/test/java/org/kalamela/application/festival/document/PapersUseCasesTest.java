package org.kalamela.application.festival.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.document.CapturingDocumentPrinter.Sheet;
import org.kalamela.application.document.CapturingDocumentPrinter.Sheets;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.draw.DrawWorld;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.identity.fakes.InMemoryAccountRepository;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.result.EntryPoints;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.Grade;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.Timing;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class PapersUseCasesTest {

    private final DrawWorld world = new DrawWorld();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final EventPapers papers = new EventPapers(world.festival.eventLookup, world.festival.currentEdition,
            world.fakes.draws, world.fakes.schedule, world.fakes.stages, accounts);
    private final PrintCallSheet callSheet = new PrintCallSheet(papers, world.fakes.appearances, world.fakes.documents,
            world.fakes.audit, world.festival.clock);
    private final PrintJudgeSheets judgeSheets = new PrintJudgeSheets(papers, world.fakes.criteria, world.fakes.sheets,
            world.fakes.documents, world.fakes.audit, world.festival.clock);
    private final PrintTabulationSheet tabulation = new PrintTabulationSheet(papers, world.fakes.sheets,
            world.fakes.results, world.fakes.documents, world.fakes.audit, world.festival.clock);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final FestivalEvent song = world.festival.individualEvent("Light music");
    private final List<String> names = List.of("അനു ജോർജ്", "Kiran Thomas", "Meera Jacob");
    private final List<MemberId> members = new ArrayList<>();

    private void enterAndDraw() {
        for (String name : names) {
            MemberId member = world.festival.member(members.size() < 2 ? world.festival.unit
                    : world.festival.secondUnit, name, Gender.F, members.size() % 2 == 0 ? FestivalWorld.JUNIOR_DOB
                    : FestivalWorld.SENIOR_DOB);
            world.festival.enter(world.festival.official, member, song);
            members.add(member);
        }
        world.closeRegistration();
        world.draw.execute(song.id(), world.festival.admin);
    }

    private AccountId judge(String name) {
        return accounts.create(new NewAccount(name.toLowerCase().replace(' ', '-'), null, null, name, "hash",
                Role.JUDGE, null, null, false));
    }

    private List<String> chestNumbers() {
        return members.stream().map(m -> world.fakes.chestNumbers.find(FestivalWorld.YEAR, m).orElseThrow().toString())
                .toList();
    }

    @Test
    void the_call_sheet_lists_the_order_with_chest_numbers_names_and_units() {
        enterAndDraw();
        Stage hall = world.fakes.stages.create(FestivalWorld.YEAR, new StageDetails("Town hall", "Kottayam", 400));
        world.fakes.schedule.save(new ScheduledEvent(song.id(), FestivalWorld.YEAR, hall.id(),
                Instant.parse("2026-12-10T03:30:00Z"), Timing.perPerformance(10)));

        callSheet.execute(song.id(), world.festival.admin, out);

        Sheet sheet = world.fakes.documents.last(Sheet.class);
        assertThat(sheet.title()).isEqualTo("Call sheet");
        assertThat(sheet.headings()).anySatisfy(h -> assertThat(h).contains("Light music"))
                .anySatisfy(h -> assertThat(h).contains("Town hall").contains("10 December 2026, 09:00"));
        assertThat(sheet.headers()).containsExactly("No.", "Code", "Chest no.", "Name", "Unit", "Signature");
        List<AppearanceRow> order = new ArrayList<>();
        world.fakes.appearances.appearances(song.id()).forEach(order::add);
        assertThat(sheet.rows()).containsExactlyElementsOf(order.stream().map(row -> List.of(
                Integer.toString(row.position()), row.codeLetter(), row.number(), row.names(), row.unit(), ""))
                .toList());
        assertThat(sheet.rows()).extracting(row -> row.get(3)).containsExactlyInAnyOrderElementsOf(names);
        assertThat(sheet.rows()).extracting(row -> row.get(2)).containsExactlyInAnyOrderElementsOf(chestNumbers());
        assertThat(world.fakes.audit.last("PRINT_CALL_SHEET").details()).containsEntry("event", "Light music");
        assertThat(out.size()).isPositive();
    }

    @Test
    void the_judges_sheets_show_code_letters_and_criteria_never_who_performs() {
        enterAndDraw();
        world.fakes.criteria.replace(song.id(), new EventCriteria(List.of(Criterion.of("Sruthi", 40),
                Criterion.of("Expression", 60))));
        AccountId lakshmi = judge("Lakshmi Nair");
        AccountId joseph = judge("Joseph Varghese");
        world.fakes.sheets.assign(song.id(), lakshmi, world.festival.admin.accountId(), FestivalWorld.NOW);
        world.fakes.sheets.assign(song.id(), joseph, world.festival.admin.accountId(), FestivalWorld.NOW);

        judgeSheets.execute(song.id(), world.festival.admin, out);

        List<Sheet> pages = world.fakes.documents.last(Sheets.class).sheets();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).headings()).contains("Judge: Lakshmi Nair");
        assertThat(pages.get(1).headings()).contains("Judge: Joseph Varghese");
        for (Sheet page : pages) {
            assertThat(page.headers()).containsExactly("Code", "Sruthi (40)", "Expression (60)", "Total (100)");
            assertThat(page.rows()).containsExactly(List.of("A", "", "", ""), List.of("B", "", "", ""),
                    List.of("C", "", "", ""));
            String printed = String.join("\n", page.title(), String.join("\n", page.headings()),
                    String.join("\n", page.closingLines()), page.rows().toString());
            names.forEach(name -> assertThat(printed).doesNotContain(name));
            chestNumbers().forEach(number -> assertThat(printed).doesNotContainPattern("\\b" + number + "\\b"));
            assertThat(printed).doesNotContain("Ascension", "Bethel", "Kottayam");
        }
        assertThat(world.fakes.audit.last("PRINT_JUDGE_SHEETS").details()).containsEntry("judges", "2");
    }

    @Test
    void without_a_panel_one_judges_sheet_is_printed_with_a_blank_name_on_the_default_criterion() {
        enterAndDraw();

        judgeSheets.execute(song.id(), world.festival.admin, out);

        List<Sheet> pages = world.fakes.documents.last(Sheets.class).sheets();
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.headers()).containsExactly("Code", "Overall (100)", "Total (100)");
            assertThat(page.headings()).anySatisfy(h -> assertThat(h).startsWith("Judge: ___"));
        });
    }

    @Test
    void the_tabulation_sheet_is_blank_before_the_result_and_filled_once_it_is_computed() {
        enterAndDraw();
        AccountId lakshmi = judge("Lakshmi Nair");
        world.fakes.sheets.assign(song.id(), lakshmi, world.festival.admin.accountId(), FestivalWorld.NOW);
        Draw draw = world.fakes.draws.find(song.id()).orElseThrow();

        tabulation.execute(song.id(), world.festival.admin, out);

        Sheet blank = world.fakes.documents.last(Sheet.class);
        assertThat(blank.headers()).containsExactly("Code", "Lakshmi Nair", "Mark", "Grade", "Rank");
        assertThat(blank.rows()).containsExactly(List.of("A", "", "", "", ""), List.of("B", "", "", "", ""),
                List.of("C", "", "", "", ""));
        assertThat(blank.headings()).anySatisfy(h -> assertThat(h).contains("not computed"));

        List<String> marks = List.of("81.50", "64.00", "40.00");
        List<SheetMark> sheetMarks = new ArrayList<>();
        List<EntryResult> entries = new ArrayList<>();
        for (Appearance appearance : draw.appearances()) {
            int i = appearance.position() - 1;
            sheetMarks.add(new SheetMark(appearance.codeLetter(), 1, new BigDecimal(marks.get(i))));
            Grade grade = i == 0 ? Grade.of("A", 5) : i == 1 ? Grade.of("B", 3) : Grade.NONE;
            int rankPoints = i == 0 ? 5 : i == 1 ? 3 : 0;
            entries.add(new EntryResult(appearance.codeLetter(), appearance.performer(), new BigDecimal(marks.get(i)),
                    grade, i + 1, rankPoints, EntryPoints.points(false, grade, rankPoints)));
        }
        world.fakes.sheets.saveMarks(song.id(), lakshmi, sheetMarks, lakshmi, false, FestivalWorld.NOW);
        EventResult result = EventResult.scoring(song.id(), FestivalWorld.YEAR).tabulate(FestivalWorld.NOW);
        world.fakes.results.save(result);
        world.fakes.results.replaceEntries(result, entries);

        tabulation.execute(song.id(), world.festival.admin, out);

        Sheet filled = world.fakes.documents.last(Sheet.class);
        assertThat(filled.rows()).containsExactly(List.of("A", "81.5", "81.5", "A", "1"),
                List.of("B", "64", "64", "B", "2"), List.of("C", "40", "40", "-", "3"));
        assertThat(filled.headings()).anySatisfy(h -> assertThat(h).isEqualTo("Result: TABULATED"));
        assertThat(world.fakes.audit.last("PRINT_TABULATION_SHEET").details()).containsEntry("result", "TABULATED");
    }

    @Test
    void without_a_panel_the_tabulation_sheet_has_three_judge_columns_to_fill_in() {
        enterAndDraw();

        tabulation.execute(song.id(), world.festival.admin, out);

        assertThat(world.fakes.documents.last(Sheet.class).headers())
                .containsExactly("Code", "Judge 1", "Judge 2", "Judge 3", "Mark", "Grade", "Rank");
    }

    @Test
    void papers_need_a_drawn_event_of_the_current_edition_and_the_admin() {
        world.festival.enter(world.festival.official, world.festival.junior(), song);

        assertViolation(() -> callSheet.execute(song.id(), world.festival.admin, out), "NOT_DRAWN");
        assertViolation(() -> judgeSheets.execute(song.id(), world.festival.admin, out), "NOT_DRAWN");
        assertViolation(() -> tabulation.execute(song.id(), world.festival.admin, out), "NOT_DRAWN");
        assertNotFound(() -> callSheet.execute(EventId.of(999), world.festival.admin, out));
        assertForbidden(() -> callSheet.execute(song.id(), world.festival.official, out));
        assertForbidden(() -> judgeSheets.execute(song.id(), world.festival.official, out));
        assertForbidden(() -> tabulation.execute(song.id(), world.festival.official, out));
        assertThat(world.fakes.documents.count()).isZero();
        assertThat(out.size()).isZero();
    }
}
