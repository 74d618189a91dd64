package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** The festival's spreadsheets, downloaded and read back with fastexcel-reader. */
@QuarkusTest
class FestivalExportApiTest {

    private static final int YEAR = 2280;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EXPORTS = "/api/v1/kalamela/exports/";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long solo;
    private long choir;
    private String soloName;
    private String choirName;
    private int anuNumber;
    private int binuNumber;
    private String teamCode;

    @BeforeEach
    void entries() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        long bethel = sql.unit(district.id(), "Bethel");
        soloName = FestivalSql.unique("Exported solo");
        choirName = FestivalSql.unique("Exported choir");
        solo = festival.individualEvent(YEAR, soloName, null, null);
        long poem = festival.individualEvent(YEAR, FestivalSql.unique("Exported poem"), null, null);
        choir = festival.groupEvent(YEAR, choirName, 2, 4, 1);
        long anu = sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR);
        binuNumber = festival.enter(district, solo, sql.member(bethel, "Binu", "M", FestivalApi.SENIOR))
                .statusCode(201).extract().path("chestNumber");
        anuNumber = festival.enter(district, solo, anu).statusCode(201).extract().path("chestNumber");
        festival.enter(district, poem, anu).statusCode(201);
        teamCode = festival.registerTeam(district, choir, bethel, sql.members(bethel, "Singer", "F",
                FestivalApi.JUNIOR, 2)).statusCode(201).extract().path("code");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private ExtractableResponse<Response> download(String kind, Map<String, Object> parameters) {
        return festival.admin().accept("*/*").queryParams(parameters).get(EXPORTS + kind).then().statusCode(200)
                .contentType(XLSX).extract();
    }

    private static List<List<String>> rows(byte[] file, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
            return sheet.read().stream().map(FestivalExportApiTest::texts).toList();
        }
    }

    private static List<String> sheetNames(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            return workbook.getSheets().map(Sheet::getName).toList();
        }
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    @Test
    void theEventsDataOfADistrictListsEachEntryUnderItsCode() throws IOException {
        var response = download("events-data", Map.of("districtId", district.id()));
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"events-" + YEAR + "-district-" + district.id() + ".xlsx\"");

        List<List<String>> individual = rows(response.asByteArray(), "Individual events");
        assertThat(individual.get(0)).containsExactly("Event", "Chest number", "Name", "Unit", "District");
        assertThat(individual).hasSize(4);
        assertThat(individual.get(1)).containsExactly(soloName, Integer.toString(Math.min(anuNumber, binuNumber)),
                anuNumber < binuNumber ? "Anu" : "Binu", "Bethel", district.name());
        List<List<String>> group = rows(response.asByteArray(), "Group events");
        assertThat(group.get(0)).containsExactly("Event", "Team code", "Name", "Unit", "District");
        assertThat(group.subList(1, group.size())).containsExactly(
                List.of(choirName, teamCode, "Singer 1", "Bethel", district.name()),
                List.of(choirName, teamCode, "Singer 2", "Bethel", district.name()));
        festival.admin().queryParam("action", "EXPORT_EVENT_ENTRIES").get("/api/v1/admin/audit-log").then()
                .statusCode(200);
    }

    @Test
    void theEventsDataOfOneEvent() throws IOException {
        var response = download("events-data", Map.of("eventId", choir, "edition", YEAR));
        assertThat(response.header("Content-Disposition")).contains("events-" + YEAR + "-event-" + choir + ".xlsx");

        assertThat(rows(response.asByteArray(), "Individual events")).hasSize(1);
        assertThat(rows(response.asByteArray(), "Group events")).hasSize(3);
    }

    @Test
    void theChestNumberListHasASheetPerDistrict() throws IOException {
        var response = download("chest-numbers", Map.of());
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"chest-numbers-" + YEAR + ".xlsx\"");
        String sheet = sheetNames(response.asByteArray()).stream().filter(name -> district.name().startsWith(name))
                .findFirst().orElseThrow();

        List<List<String>> rows = rows(response.asByteArray(), sheet);
        assertThat(rows.get(0)).containsExactly("Chest number", "Name", "Unit", "Events");
        assertThat(rows.subList(1, rows.size())).contains(
                List.of(Integer.toString(binuNumber), "Binu", "Bethel", soloName));
        assertThat(rows.stream().filter(row -> row.get(1).equals("Anu")).findFirst().orElseThrow().get(3))
                .startsWith(soloName + ", Exported poem");
    }

    @Test
    void refusals() {
        festival.admin().accept("*/*").queryParam("districtId", 999_999_999L).get(EXPORTS + "events-data").then()
                .statusCode(404);
        festival.admin().accept("*/*").queryParam("eventId", -1).get(EXPORTS + "events-data").then().statusCode(400);
        festival.admin().accept("*/*").queryParam("edition", 2994).get(EXPORTS + "chest-numbers").then()
                .statusCode(404);
        festival.as(district.token()).accept("*/*").get(EXPORTS + "chest-numbers").then().statusCode(403);
        festival.api().request().accept("*/*").get(EXPORTS + "events-data").then().statusCode(401);
    }
}
