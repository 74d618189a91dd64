package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry's spreadsheets, downloaded and read back with fastexcel-reader. */
@QuarkusTest
class RegistryExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate ANU = LocalDate.of(2006, 4, 1);

    private final RegistryApi registry = new RegistryApi();
    private String districtName;
    private long district;
    private RegistryApi.Unit alpha;
    private RegistryApi.Unit beta;

    @BeforeEach
    void seed() {
        districtName = RegistryApi.unique("Export district");
        district = registry.district(districtName);
        alpha = registry.registeredUnit(district, registry.unitName(district, "Alpha"));
        beta = registry.registeredUnit(district, registry.unitName(district, "Beta"));
        Map<String, Object> anu = RegistryApi.member("Anu", "F", ANU);
        anu.put("qualification", "BSc");
        anu.put("bloodGroup", "AB-");
        registry.addMember(alpha, anu);
        long binu = registry.addMember(alpha, "Binu", "M", LocalDate.of(1995, 7, 15));
        registry.addMember(beta, "Dan", "M", LocalDate.of(2004, 12, 31));
        registry.as(alpha.token()).body(Map.of("memberIds", List.of(binu))).put("/api/v1/unit/councilors").then()
                .statusCode(200);
        registry.as(alpha.token()).body(RegistryApi.officials("Alpha")).put("/api/v1/unit/officials").then()
                .statusCode(200);
    }

    private ExtractableResponse<Response> download(String kind, String scope, long id) {
        return registry.admin().accept("*/*").queryParam(scope, id).get("/api/v1/admin/exports/" + kind).then()
                .statusCode(200).contentType(XLSX).extract();
    }

    private static List<Row> rows(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    @Test
    void membersOfADistrictWithTheColumnsAnOfficeNeeds() throws IOException {
        var response = download("members", "districtId", district);
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"members-district-" + district + ".xlsx\"");

        List<Row> rows = rows(response.asByteArray());
        assertThat(texts(rows.get(0))).containsExactly("District", "Unit", "Name", "Gender", "Date of birth", "Age",
                "Phone", "Qualification", "Blood group");
        assertThat(rows).hasSize(1 + 3);
        Row anu = rows.get(1);
        assertThat(texts(anu).subList(0, 4)).containsExactly(districtName, "Alpha", "Anu", "F");
        assertThat(anu.getCellAsDate(4)).hasValue(ANU.atStartOfDay());
        assertThat(anu.getCellAsNumber(5))
                .hasValue(BigDecimal.valueOf(Period.between(ANU, LocalDate.now(ZoneOffset.UTC)).getYears()));
        assertThat(anu.getCellText(6)).matches("[6-9]\\d{9}");
        assertThat(texts(anu).subList(7, 9)).containsExactly("BSc", "AB-");
        assertThat(rows.get(3).getCellText(1)).isEqualTo("Beta");

        registry.admin().queryParam("action", "REGISTRY_EXPORTED").get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("items.targetId", hasItem("members-district-" + district));
    }

    @Test
    void membersOfOneUnitCouncilorsAndOfficials() throws IOException {
        List<Row> unitMembers = rows(download("members", "unitId", beta.unitId()).asByteArray());
        assertThat(unitMembers).hasSize(2);
        assertThat(unitMembers.get(1).getCellText(2)).isEqualTo("Dan");

        List<Row> councilors = rows(download("councilors", "districtId", district).asByteArray());
        assertThat(texts(councilors.get(0))).containsExactly("District", "Unit", "Name", "Gender", "Date of birth",
                "Age", "Phone");
        assertThat(councilors).hasSize(2);
        assertThat(councilors.get(1).getCellText(2)).isEqualTo("Binu");

        List<Row> officials = rows(download("officials", "unitId", alpha.unitId()).asByteArray());
        assertThat(texts(officials.get(0))).containsExactly("District", "Unit", "Office", "Name", "Phone");
        assertThat(officials).hasSize(6);
        assertThat(officials.stream().skip(1).map(row -> row.getCellText(2)))
                .containsExactly("President", "Vice President", "Secretary", "Joint Secretary", "Treasurer");
        assertThat(officials.get(5).getCellText(3)).isEqualTo("Alpha treasurer");
    }

    @Test
    void everythingAtOnceHasEveryRegisteredMember() throws IOException {
        var response = registry.admin().accept("*/*").get("/api/v1/admin/exports/members").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"members-all.xlsx\"")).extract();
        List<Row> rows = rows(response.asByteArray());
        assertThat(rows.stream().skip(1).filter(row -> districtName.equals(row.getCellText(0))).count()).isEqualTo(3);
    }

    @Test
    void aScopeThatIsUnknownOrDoubleIsRefusedAndExportsAreForTheAdmin() {
        registry.admin().queryParam("districtId", district).queryParam("unitId", alpha.unitId())
                .get("/api/v1/admin/exports/members").then().statusCode(400).body("errors.field", hasItem("unitId"));
        registry.admin().queryParam("districtId", 999_999_999).get("/api/v1/admin/exports/officials").then()
                .statusCode(404).contentType("application/problem+json");
        registry.admin().queryParam("unitId", 0).get("/api/v1/admin/exports/councilors").then().statusCode(400);
        registry.as(alpha.token()).get("/api/v1/admin/exports/members").then().statusCode(403);
        registry.admin().get("/api/v1/admin/exports/teams").then().statusCode(404);
    }
}
