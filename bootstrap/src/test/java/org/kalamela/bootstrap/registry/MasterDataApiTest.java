package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Pages;

@QuarkusTest
class MasterDataApiTest {

    private final RegistryApi registry = new RegistryApi();

    @Test
    void theAdminCreatesRenamesDeactivatesAndSetsLimitsOfADistrict() {
        String name = RegistryApi.unique("Adoor");
        var created = registry.admin().body(Map.of("name", "  " + name + " ", "conferenceOfficialLimit", 5,
                        "conferenceMemberLimit", 25))
                .post("/api/v1/admin/districts").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/admin/districts/\\d+"))
                .body("name", equalTo(name))
                .body("active", equalTo(true))
                .body("conferenceMemberLimit", equalTo(25))
                .extract().jsonPath();
        long id = created.getLong("id");

        registry.admin().body(Map.of("name", name.toUpperCase())).post("/api/v1/admin/districts").then()
                .statusCode(409).body("code", equalTo("DISTRICT_NAME_TAKEN"));
        String renamed = RegistryApi.unique("Adoor East");
        registry.admin().body(Map.of("name", renamed)).post("/api/v1/admin/districts/" + id + "/rename").then()
                .statusCode(200).body("name", equalTo(renamed));
        registry.admin().body(Map.of("conferenceOfficialLimit", 3, "conferenceMemberLimit", 12))
                .put("/api/v1/admin/districts/" + id + "/conference-limits").then().statusCode(200)
                .body("conferenceOfficialLimit", equalTo(3)).body("conferenceMemberLimit", equalTo(12));
        registry.admin().body(Map.of("conferenceOfficialLimit", -1))
                .put("/api/v1/admin/districts/" + id + "/conference-limits").then().statusCode(400)
                .body("errors.field", hasItem("conferenceOfficialLimit"));

        registry.admin().post("/api/v1/admin/districts/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        assertThat(Pages.field(registry.api()::request, "/api/v1/auth/districts", "id")).doesNotContain((int) id);
        assertThat(Pages.field(registry::admin, "/api/v1/admin/districts", "id")).contains((int) id);
        registry.admin().post("/api/v1/admin/districts/" + id + "/reactivate").then().statusCode(200)
                .body("active", equalTo(true));
        assertThat(Pages.field(registry.api()::request, "/api/v1/auth/districts", "id")).contains((int) id);

        registry.admin().queryParam("action", "DISTRICT_RENAMED").get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("items.targetId", hasItem(Long.toString(id)));
    }

    @Test
    void aDistrictWithUnitsIsNotDeletedButOneWithoutIs() {
        long empty = registry.district();
        long withUnit = registry.district();
        registry.unitName(withUnit);

        registry.admin().delete("/api/v1/admin/districts/" + withUnit).then().statusCode(409)
                .body("code", equalTo("DISTRICT_HAS_DATA"));
        registry.admin().delete("/api/v1/admin/districts/" + empty).then().statusCode(204);
        registry.admin().delete("/api/v1/admin/districts/" + empty).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        registry.admin().delete("/api/v1/admin/districts/0").then().statusCode(404);
    }

    @Test
    void unitNamesAreManagedPerDistrictAndOfferedPubliclyWhileActive() {
        long district = registry.district();
        long bethel = registry.unitName(district, "Bethel");
        long ascension = registry.unitName(district, "Ascension");
        long carmel = registry.unitName(district, "Carmel");

        registry.admin().body(Map.of("districtId", district, "name", "BETHEL")).post("/api/v1/admin/unit-names")
                .then().statusCode(409).body("code", equalTo("UNIT_NAME_TAKEN"));
        registry.admin().body(Map.of("districtId", 999_999_999, "name", "X")).post("/api/v1/admin/unit-names")
                .then().statusCode(404);
        registry.admin().body(Map.of("districtId", district, "name", " ")).post("/api/v1/admin/unit-names")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        registry.admin().body(Map.of("name", "Bethany")).post("/api/v1/admin/unit-names/" + bethel + "/rename")
                .then().statusCode(200).body("name", equalTo("Bethany"));
        registry.admin().post("/api/v1/admin/unit-names/" + carmel + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));

        registry.api().request().queryParam("districtId", district).get("/api/v1/auth/unit-names").then()
                .statusCode(200).body("items.name", contains("Ascension", "Bethany")).body("total", equalTo(2));
        registry.admin().queryParam("districtId", district).queryParam("active", false)
                .get("/api/v1/admin/unit-names").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("Carmel"))
                .body("items[0].registered", equalTo(false));
        registry.registeredUnit(district, ascension);
        registry.admin().queryParam("districtId", district).queryParam("registered", true)
                .get("/api/v1/admin/unit-names").then().statusCode(200)
                .body("items.name", contains("Ascension"));
        registry.admin().queryParam("districtId", district).queryParam("name", "THAN")
                .get("/api/v1/admin/unit-names").then().statusCode(200)
                .body("items.name", contains("Bethany"));

        registry.admin().delete("/api/v1/admin/unit-names/" + ascension).then().statusCode(409)
                .body("code", equalTo("UNIT_HAS_DATA"));
        registry.admin().delete("/api/v1/admin/unit-names/" + carmel).then().statusCode(204);
    }

    @Test
    void thePublicUnitListNeedsAnActiveDistrict() {
        long district = registry.district();
        registry.api().request().get("/api/v1/auth/unit-names").then().statusCode(400)
                .body("errors.field", hasItem("districtId"));
        registry.admin().post("/api/v1/admin/districts/" + district + "/deactivate").then().statusCode(200);
        registry.api().request().queryParam("districtId", district).get("/api/v1/auth/unit-names").then()
                .statusCode(404);
        registry.api().request().queryParam("districtId", 999_999_999).get("/api/v1/auth/unit-names").then()
                .statusCode(404);
    }

    @Test
    void theDistrictsFileOfTheOldAppImportsAndImportingAgainChangesNothing() throws Exception {
        String csv;
        try (var in = getClass().getResourceAsStream("/demo/districts.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var first = registry.admin().contentType("text/csv").body(csv).post("/api/v1/admin/districts/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getInt("created") + first.getInt("updated") + first.getInt("unchanged")).isEqualTo(12);

        registry.admin().contentType("text/csv").body(csv).post("/api/v1/admin/districts/import").then()
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(12));
        var districts = Pages.all(registry::admin, "/api/v1/admin/districts");
        assertThat(districts).extracting(d -> d.get("name")).contains("ADOOR", "KOTTAYAM", "PUNNAVELY");
        assertThat(districts).filteredOn(d -> d.get("name").equals("ELANTHOOR"))
                .extracting(d -> d.get("conferenceMemberLimit")).containsExactly(20);
        registry.admin().queryParam("action", "DISTRICTS_IMPORTED").get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void anUploadedDistrictsFileImportsAndEveryBadRowIsReportedByField() {
        String good = RegistryApi.unique("Uploaded");
        String csv = "district,conference_official_limit,conference_member_limit\r\n"
                + "\"" + good + "\",4,\"18\"\r\n";
        registry.admin().contentType("multipart/form-data")
                .multiPart("file", "districts.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/admin/districts/import").then().statusCode(200).body("created", equalTo(1));

        String header = "district,conference_official_limit,conference_member_limit\n";
        String unreadable = header + RegistryApi.unique("Fine") + ",1,2\n" + RegistryApi.unique("Other") + ",x,2\n";
        registry.admin().contentType("text/csv").body(unreadable).post("/api/v1/admin/districts/import").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("rows[1].conferenceOfficialLimit"));
        String invalid = header + RegistryApi.unique("Fine") + ",1,2\n" + ",1,2\n\n"
                + RegistryApi.unique("Third") + ",1,-3\n";
        registry.admin().contentType("text/csv").body(invalid).post("/api/v1/admin/districts/import").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("rows[1].name", "rows[2].conferenceMemberLimit"));
        registry.admin().contentType("text/csv").body("name,limit\n").post("/api/v1/admin/districts/import").then()
                .statusCode(200).body("created", equalTo(0));
        registry.admin().contentType("text/csv").body("colour\nred\n").post("/api/v1/admin/districts/import")
                .then().statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void unitNamesImportFromCsvAndAnUnknownDistrictIsARowError() {
        String district = RegistryApi.unique("Import district");
        registry.district(district);
        String csv = "district,unit\n" + district + ",St. Thomas\n" + district.toUpperCase() + ",Mar Thoma\n"
                + district + ",st.  thomas\n";
        registry.admin().contentType("text/csv").body(csv).post("/api/v1/admin/unit-names/import").then()
                .statusCode(200).body("created", equalTo(2)).body("unchanged", equalTo(1));

        registry.admin().contentType("text/csv").body("district,unit\nNo such district,A\n" + district + ",\n")
                .post("/api/v1/admin/unit-names/import").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rows[0].district", "rows[1].unit"));
    }

    @Test
    void masterDataIsForTheAdminOnly() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.as(unit.token()).get("/api/v1/admin/districts").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        registry.as(unit.token()).body(Map.of("name", "X")).post("/api/v1/admin/districts").then().statusCode(403);
        registry.api().request().get("/api/v1/admin/unit-names").then().statusCode(401);
    }

    @Test
    void theDistrictAndUnitNameListsArePaged() {
        long district = registry.district();
        registry.unitName(district, "Ascension");
        registry.unitName(district, "Bethel");
        registry.unitName(district, "Carmel");

        registry.api().request().queryParam("districtId", district).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/auth/unit-names").then().statusCode(200).body("items.name", contains("Carmel"))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3));
        registry.api().request().queryParam("districtId", district).queryParam("page", Integer.MAX_VALUE)
                .get("/api/v1/auth/unit-names").then().statusCode(200).body("items", empty())
                .body("total", equalTo(3));
        registry.api().request().queryParam("size", 2).get("/api/v1/auth/districts").then().statusCode(200)
                .body("items", hasSize(2)).body("size", equalTo(2)).body("total", greaterThanOrEqualTo(1));
        registry.admin().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get("/api/v1/admin/districts")
                .then().statusCode(200).body("items", empty()).body("total", greaterThanOrEqualTo(1));

        for (String path : List.of("/api/v1/auth/districts", "/api/v1/admin/districts")) {
            registry.admin().queryParam("size", 201).get(path).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("size"));
            registry.admin().queryParam("page", -1).get(path).then().statusCode(400)
                    .body("errors.field", contains("page"));
        }
        registry.api().request().queryParam("districtId", district).queryParam("size", 0)
                .get("/api/v1/auth/unit-names").then().statusCode(400).body("errors.field", contains("size"));
    }

    @Test
    void aCreatedDistrictOrUnitNameIsReadAtItsLocation() {
        String name = RegistryApi.unique("Thiruvalla");
        var district = registry.admin().body(Map.of("name", name)).post("/api/v1/admin/districts").then()
                .statusCode(201).extract();
        long districtId = district.jsonPath().getLong("id");
        registry.admin().get(java.net.URI.create(district.header("Location")).getPath()).then().statusCode(200)
                .body("id", equalTo((int) districtId)).body("name", equalTo(name)).body("active", equalTo(true));
        var unit = registry.admin().body(Map.of("districtId", districtId, "name", "Zion"))
                .post("/api/v1/admin/unit-names").then().statusCode(201).extract();
        registry.admin().get(java.net.URI.create(unit.header("Location")).getPath()).then().statusCode(200)
                .body("id", equalTo(unit.jsonPath().getInt("id"))).body("name", equalTo("Zion"))
                .body("districtId", equalTo((int) districtId));

        registry.admin().get("/api/v1/admin/districts/999999999").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        registry.admin().get("/api/v1/admin/unit-names/999999999").then().statusCode(404);
        RegistryApi.Unit someUnit = registry.registeredUnit();
        registry.as(someUnit.token()).get("/api/v1/admin/districts/" + districtId).then().statusCode(403);
        registry.as(someUnit.token()).get("/api/v1/admin/unit-names/" + someUnit.unitId()).then().statusCode(403);
        registry.api().request().get("/api/v1/admin/districts/" + districtId).then().statusCode(401);
    }
}
