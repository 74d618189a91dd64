package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** The admin's results and marks spreadsheets, downloaded and read back with fastexcel-reader, and audited. */
@QuarkusTest
class ResultExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EXPORTS = "/api/v1/kalamela/exports/";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    ResultsSql results;

    @Inject
    TestAccounts accounts;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private ExtractableResponse<Response> download(String kind) {
        return festival.admin().accept("*/*").get(EXPORTS + kind).then().statusCode(200).contentType(XLSX).extract();
    }

    private static List<List<String>> rows(byte[] file, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            return workbook.findSheet(sheetName).orElseThrow().read().stream()
                    .map(row -> IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList())
                    .toList();
        }
    }

    private String chestNumberOf(long entry) {
        return Long.toString(sql.count("""
                SELECT c.number FROM individual_entries ie JOIN chest_numbers c ON c.member_id = ie.member_id
                    AND c.edition_year = ie.edition_year AND c.is_current WHERE ie.id = ?1""", entry));
    }

    @Test
    void the_results_list_places_one_to_three_of_every_computed_result_with_unit_and_district() throws IOException {
        ResultsScene scene = new ResultsScene(2320, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        results.tabulate(scene.groupEvent, scene.groupScores());
        ResultsScene.publish(festival, scene.groupEvent);

        var response = download("results");

        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"results-2320.xlsx\"");
        List<List<String>> rows = rows(response.asByteArray(), "Results");
        assertThat(rows.get(0)).containsExactly("Event", "Result number", "State", "Rank", "Chest number / team",
                "Name", "Unit", "District", "Mark", "Grade", "Points");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).subList(0, 5)).containsExactly(scene.groupSong, "1", "PUBLISHED", "1",
                scene.zionTeamCode);
        assertThat(rows.get(1).get(8)).isEqualTo("75.00");
        assertThat(rows.subList(2, 5)).extracting(row -> row.get(2)).containsOnly("TABULATED");
        assertThat(rows.subList(2, 5)).extracting(row -> row.get(3)).containsExactly("1", "1", "3");
        assertThat(rows.subList(2, 5)).extracting(row -> row.get(4)).contains(chestNumberOf(scene.anilLight),
                chestNumberOf(scene.cyrilLight));
        assertThat(rows.get(4).subList(6, 11)).containsExactly(rows.get(4).get(6), scene.second.name(), "55.00", "B",
                "4");
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT_RESULTS' AND target_id = ?1",
                "results-2320")).isEqualTo(1);
    }

    @Test
    void the_marks_list_every_mark_per_judge_and_criterion() throws IOException {
        ResultsScene scene = new ResultsScene(2321, festival, sql, accounts);
        long meera = results.judge("Meera " + FestivalSql.unique("judge"));
        long nandan = results.judge("Nandan " + FestivalSql.unique("judge"));
        results.markedSheet(scene.essayEvent, meera, List.of(scene.anilEssay, scene.beenaEssay), List.of(72, 64));
        results.markedSheet(scene.essayEvent, nandan, List.of(scene.anilEssay, scene.beenaEssay), List.of(68, 66));

        var response = download("marks");

        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"marks-2321.xlsx\"");
        List<List<String>> rows = rows(response.asByteArray(), "Marks");
        assertThat(rows.get(0)).containsExactly("Event", "Code letter", "Chest number / team", "Name", "Judge",
                "Criterion", "Maximum", "Mark", "By tabulator", "Sheet submitted");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1) + " " + row.get(3) + " "
                        + row.get(4).substring(0, row.get(4).indexOf(' ')) + " " + row.get(7))
                .containsExactly("A " + scene.anil + " Meera 72.00", "A " + scene.anil + " Nandan 68.00",
                        "B " + scene.beena + " Meera 64.00", "B " + scene.beena + " Nandan 66.00");
        assertThat(rows.get(1).get(2)).isEqualTo(chestNumberOf(scene.anilEssay));
        assertThat(rows.get(1).subList(5, 10)).containsExactly("Overall", "100.00", "72.00", "false", "true");
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT_MARKS' AND target_id = ?1",
                "marks-2321")).isEqualTo(1);
    }

    @Test
    void only_the_admin_downloads_them() {
        ResultsScene scene = new ResultsScene(2322, festival, sql, accounts);
        for (String kind : List.of("results", "marks")) {
            festival.as(scene.first.token()).accept("*/*").get(EXPORTS + kind).then().statusCode(403);
            festival.api().request().accept("*/*").get(EXPORTS + kind).then().statusCode(401);
            festival.admin().accept("*/*").queryParam("edition", 2993).get(EXPORTS + kind).then().statusCode(404);
        }
    }
}
