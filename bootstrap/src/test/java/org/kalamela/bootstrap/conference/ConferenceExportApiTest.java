package org.kalamela.bootstrap.conference;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.conference.ConferenceApi.District;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.support.TestAccounts;

/** The conference summary as XLSX, downloaded and read back with fastexcel-reader. */
@QuarkusTest
class ConferenceExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private ConferenceApi conference;
    private long id;
    private District adoor;
    private District kollam;

    @BeforeEach
    void delegates() {
        conference = new ConferenceApi(sql, accounts);
        id = conference.activeConference("Exported");
        adoor = conference.district(2, 5, true);
        kollam = conference.district(2, 5, true);
        conference.as(adoor.token()).body(Map.of("memberId", conference.member(adoor, "Anu", "F"),
                "foodPreference", "VEG", "accommodation", true)).post(path("/delegates/member")).then().statusCode(201);
        conference.as(kollam.token()).body(Map.of("memberId", conference.member(kollam, "Zacharia", "M"),
                "foodPreference", "NON_VEG", "accommodation", false)).post(path("/delegates/member")).then()
                .statusCode(201);
    }

    private String path(String rest) {
        return "/api/v1/conference/" + id + rest;
    }

    private static List<List<String>> rows(byte[] file, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
            return sheet.read().stream().map(ConferenceExportApiTest::texts).toList();
        }
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    @Test
    void the_admins_export_has_every_district_and_every_delegate_and_is_audited() throws IOException {
        ExtractableResponse<Response> response = conference.admin().accept("*/*").get(path("/export")).then()
                .statusCode(200).contentType(XLSX).extract();

        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"conference-" + id + "-summary.xlsx\"");
        List<List<String>> districts = rows(response.asByteArray(), "Districts");
        assertThat(districts.get(0)).startsWith("District", "Official limit", "Member limit", "Officials", "Members");
        assertThat(districts).filteredOn(row -> row.get(0).equals(adoor.name())).singleElement()
                .satisfies(row -> assertThat(row.subList(1, 16)).containsExactly("2", "5", "0", "1", "1", "0", "1",
                        "1", "0", "1", "300.00", "0.00", "300.00", "0.00", "NOT_CREATED"));
        List<List<String>> delegates = rows(response.asByteArray(), "Delegates");
        assertThat(delegates).filteredOn(row -> row.get(0).equals(kollam.name())).singleElement()
                .satisfies(row -> {
                    assertThat(row.subList(1, 6)).containsExactly("MEMBER", "Zacharia", "M", "Unit of " + kollam.name(),
                            "NON_VEG");
                    assertThat(row.get(6)).isIn("FALSE", "false", "0");
                });
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT_CONFERENCE_SUMMARY'"
                + " AND target_id = ?1", "conference-" + id + "-summary")).isEqualTo(1);
    }

    @Test
    void the_officials_export_holds_their_own_district_only() throws IOException {
        ExtractableResponse<Response> response = conference.as(adoor.token()).accept("*/*").get(path("/export"))
                .then().statusCode(200).contentType(XLSX).extract();

        assertThat(response.header("Content-Disposition")).contains("-district-" + adoor.id() + ".xlsx");
        assertThat(rows(response.asByteArray(), "Districts")).extracting(row -> row.get(0))
                .containsExactly("District", adoor.name());
        assertThat(rows(response.asByteArray(), "Delegates")).extracting(row -> row.get(2))
                .containsExactly("Name", "Anu");
    }
}
