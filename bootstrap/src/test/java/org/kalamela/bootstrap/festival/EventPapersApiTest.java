package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.result.EntryPoints;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.Grade;

/**
 * An event's papers printed as PDF over HTTP and read back with PDFBox: the call sheet with chest numbers and
 * names, the judges' sheets (a page per judge, code letters and criteria, no name, unit or chest number) and
 * the tabulation sheet, blank and then filled from a computed result.
 */
@QuarkusTest
class EventPapersApiTest {

    /**
     * Registration stays closed once an event of an edition is drawn ({@code REOPEN_AFTER_DRAW}), so each test
     * enters and draws in an edition of its own, taken from 2340 to 2349.
     */
    private static final AtomicInteger EDITIONS = new AtomicInteger(2340);

    private int year;
    private static final String DOCUMENTS = "/api/v1/kalamela/admin/documents/events/";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    ScheduleSql accountsSql;

    @Inject
    JudgingPorts judging;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long solo;
    private final List<Integer> chestNumbers = new ArrayList<>();

    @BeforeEach
    void a_drawn_event() {
        year = EDITIONS.getAndIncrement();
        festival.currentEdition(year);
        district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        solo = festival.individualEvent(year, FestivalSql.unique("Papers solo"), null, null);
        chestNumbers.add(enter(sql.member(unit, "അനു Mathew", "F", FestivalApi.JUNIOR)));
        chestNumbers.add(enter(sql.member(unit, "Kiran Kurian", "M", FestivalApi.JUNIOR)));
        chestNumbers.add(enter(sql.member(unit, "Meera Joseph", "F", FestivalApi.SENIOR)));
        festival.closeRegistration(year);
        festival.admin().post("/api/v1/kalamela/admin/events/" + solo + "/draw").then().statusCode(200);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private int enter(long member) {
        return festival.enter(district, solo, member).statusCode(201).extract().path("chestNumber");
    }

    private PDDocument download(String paper, String fileName) throws IOException {
        byte[] pdf = festival.admin().accept("*/*").get(DOCUMENTS + solo + "/" + paper).then().statusCode(200)
                .contentType(equalTo("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + fileName + "-" + year + "-event-"
                        + solo + ".pdf\""))
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return Loader.loadPDF(pdf);
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void the_call_sheet_lists_chest_numbers_names_and_units_in_the_drawn_order() throws IOException {
        String text;
        try (PDDocument document = download("call-sheet", "call-sheet")) {
            text = text(document);
        }

        assertThat(text).contains("Call sheet", "Mathew", "Kiran Kurian", "Meera Joseph", "Bethel", "Signature");
        chestNumbers.forEach(number -> assertThat(text).contains(Integer.toString(number)));
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'PRINT_CALL_SHEET' AND target_id = ?1",
                Long.toString(solo))).isEqualTo(1);
    }

    @Test
    void the_judges_sheets_have_a_page_per_judge_with_code_letters_and_criteria_only() throws IOException {
        long lakshmi = accountsSql.judge("Lakshmi Nair");
        long joseph = accountsSql.judge("Varghese Paul");
        judging.panel(solo, accounts.idOf("admin").value(), List.of(lakshmi, joseph));
        judging.criteria(solo, new EventCriteria(List.of(Criterion.of("Sruthi", 40), Criterion.of("Expression", 60))));

        String text;
        try (PDDocument document = download("judge-sheets", "judge-sheets")) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            text = text(document);
        }

        assertThat(text).contains("Judge's sheet", "Lakshmi Nair", "Varghese Paul", "Sruthi (40)", "Expression (60)",
                "Total (100)");
        assertThat(text).containsPattern("(?m)^A\\s*$").containsPattern("(?m)^B\\s*$").containsPattern("(?m)^C\\s*$");
        assertThat(text).doesNotContain("Mathew", "Kiran", "Meera", "Bethel", district.name());
        chestNumbers.forEach(number -> assertThat(text).doesNotContainPattern("\\b" + number + "\\b"));
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'PRINT_JUDGE_SHEETS' AND target_id = ?1",
                Long.toString(solo))).isEqualTo(1);
    }

    @Test
    void the_tabulation_sheet_is_filled_once_the_result_is_computed() throws IOException {
        long lakshmi = accountsSql.judge("Lakshmi Nair");
        judging.panel(solo, accounts.idOf("admin").value(), List.of(lakshmi));
        try (PDDocument blank = download("tabulation-sheet", "tabulation-sheet")) {
            assertThat(text(blank)).contains("Tabulation sheet", "not computed", "Lakshmi Nair", "Mark", "Grade",
                    "Rank");
        }

        Draw draw = judging.drawOf(solo);
        List<String> marks = List.of("87.25", "64.50", "41.00");
        List<EntryResult> entries = new ArrayList<>();
        for (Appearance appearance : draw.appearances()) {
            int i = appearance.position() - 1;
            judging.mark(solo, lakshmi, appearance.codeLetter().value(), marks.get(i));
            Grade grade = i == 2 ? Grade.NONE : Grade.of(i == 0 ? "A" : "B", i == 0 ? 5 : 3);
            entries.add(new EntryResult(appearance.codeLetter(), appearance.performer(), new BigDecimal(marks.get(i)),
                    grade, i + 1, 3 - i, EntryPoints.points(false, grade, 3 - i)));
        }
        judging.tabulated(EventResult.scoring(EventId.of(solo), EditionYear.of(year))
                .tabulate(Instant.now()), entries);

        String text;
        try (PDDocument filled = download("tabulation-sheet", "tabulation-sheet")) {
            text = text(filled);
        }
        assertThat(text).contains("Result: TABULATED", "87.25", "64.5", "41").doesNotContain("Mathew", "Bethel");
    }

    @Test
    void papers_of_an_event_not_drawn_are_refused_as_problems() {
        long undrawn = festival.individualEvent(year, FestivalSql.unique("Undrawn solo"), null, null);

        for (String paper : List.of("call-sheet", "judge-sheets", "tabulation-sheet")) {
            festival.admin().accept("*/*").get(DOCUMENTS + undrawn + "/" + paper).then().statusCode(409)
                    .contentType("application/problem+json").body("code", equalTo("NOT_DRAWN"));
            festival.admin().accept("*/*").get(DOCUMENTS + 987_654_321L + "/" + paper).then().statusCode(404);
            festival.as(district.token()).accept("*/*").get(DOCUMENTS + solo + "/" + paper).then().statusCode(403);
            RestAssured.given().accept("*/*").get(DOCUMENTS + solo + "/" + paper).then().statusCode(401);
        }
    }
}
