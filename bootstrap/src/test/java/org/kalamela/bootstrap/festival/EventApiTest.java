package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Pages;
import org.kalamela.bootstrap.support.TestAccounts;

/** Events over HTTP: creation, short codes, edits, deletion, the CSV import, and every refusal. */
@QuarkusTest
class EventApiTest {

    private static final int YEAR = 2210;
    private static final String EVENTS = "/api/v1/kalamela/events";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private static Map<String, Object> individual(String name) {
        return new HashMap<>(Map.of("edition", YEAR, "name", name, "category", "Fine Arts"));
    }

    private static Map<String, Object> whole(String name, String kind) {
        Map<String, Object> event = new HashMap<>(Map.of("name", name, "kind", kind, "category", "MUSIC"));
        if (kind.equals("GROUP")) {
            event.putAll(Map.of("minTeamSize", 2, "maxTeamSize", 4));
        }
        return event;
    }

    @Test
    void eventsAreCreatedWithUniqueShortCodes() {
        String suffix = FestivalSql.unique("").strip().toUpperCase();
        festival.admin().body(Map.of("edition", YEAR, "name", "Mime " + suffix, "category", "STAGE_EVENTS",
                        "gender", "F", "seniority", "junior", "mandatory", true))
                .post(EVENTS + "/individual").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/kalamela/events/\\d+"))
                .body("kind", equalTo("INDIVIDUAL")).body("category", equalTo("STAGE_EVENTS"))
                .body("gender", equalTo("F")).body("seniority", equalTo("JUNIOR")).body("mandatory", equalTo(true))
                .body("active", equalTo(true)).body("shortCode", equalTo("M" + suffix.charAt(0)))
                .body("minTeamSize", nullValue());
        festival.admin().body(Map.of("edition", YEAR, "name", "Margamkali " + suffix, "category", "STAGE EVENTS",
                        "minTeamSize", 6, "maxTeamSize", 10))
                .post(EVENTS + "/group").then().statusCode(201)
                .body("kind", equalTo("GROUP")).body("shortCode", equalTo("MA" + suffix.charAt(0)))
                .body("minTeamSize", equalTo(6)).body("maxTeamSize", equalTo(10)).body("teamsPerUnit", equalTo(1));

        assertThat(Pages.field(() -> festival.admin().queryParam("edition", YEAR), EVENTS, "name"))
                .contains("Margamkali " + suffix);
        assertThat(Pages.field(festival::admin, EVENTS, "name")).contains("Mime " + suffix);
    }

    @Test
    void namesAndShortCodesAreUniqueInTheEdition() {
        String name = FestivalSql.unique("Solo");
        Map<String, Object> first = individual(name);
        first.put("shortCode", "sx" + name.substring(5, 9).toUpperCase().replaceAll("[^A-Z0-9]", "Z"));
        String code = festival.admin().body(first).post(EVENTS + "/individual").then().statusCode(201)
                .extract().path("shortCode");

        festival.admin().body(individual(name.toUpperCase())).post(EVENTS + "/individual").then().statusCode(409)
                .body("code", equalTo("EVENT_NAME_TAKEN"));
        Map<String, Object> sameCode = individual(FestivalSql.unique("Other"));
        sameCode.put("shortCode", code);
        festival.admin().body(sameCode).post(EVENTS + "/individual").then().statusCode(409)
                .body("code", equalTo("SHORT_CODE_TAKEN"));
    }

    @Test
    void invalidEventsAreReportedFieldByField() {
        festival.admin().body(Map.of("edition", YEAR, "category", "Dance", "gender", "X", "seniority", "Old"))
                .post(EVENTS + "/individual").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("category", "gender", "seniority"));
        festival.admin().body(Map.of("edition", YEAR, "category", "MUSIC")).post(EVENTS + "/individual").then()
                .statusCode(400).body("errors.field", contains("name"));
        festival.admin().body(Map.of("edition", YEAR, "name", FestivalSql.unique("Choir"), "category", "MUSIC",
                        "minTeamSize", 5, "maxTeamSize", 3)).post(EVENTS + "/group").then().statusCode(400)
                .body("errors.field", contains("maxTeamSize"));
        festival.admin().body(Map.of("edition", YEAR, "name", FestivalSql.unique("Choir"), "category", "MUSIC"))
                .post(EVENTS + "/group").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("minTeamSize", "maxTeamSize"));
        festival.admin().body(Map.of("name", "No edition", "category", "MUSIC")).post(EVENTS + "/individual").then()
                .statusCode(400).body("errors.field", contains("edition"));
        festival.admin().body(Map.of("edition", 2998, "name", "Nowhere", "category", "MUSIC"))
                .post(EVENTS + "/individual").then().statusCode(404);
        festival.admin().body(Map.of("edition", YEAR, "name", "Extra", "category", "MUSIC", "colour", "red"))
                .post(EVENTS + "/individual").then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        festival.admin().body(Map.of("edition", YEAR, "name", FestivalSql.unique("Solo"), "category", "MUSIC",
                "gender", "Male")).post(EVENTS + "/individual").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("gender"));
    }

    @Test
    void anEventIsEditedAndAudited() {
        long id = festival.individualEvent(YEAR, FestivalSql.unique("Poem"), null, null);
        Map<String, Object> changed = whole(FestivalSql.unique("Poem recital"), "GROUP");
        changed.put("seniority", "SENIOR");
        changed.put("active", false);

        festival.admin().body(changed).put(EVENTS + "/" + id).then().statusCode(200)
                .body("kind", equalTo("GROUP")).body("seniority", equalTo("SENIOR")).body("active", equalTo(false))
                .body("maxTeamSize", equalTo(4));
        festival.admin().queryParam("action", "EVENT_EDITED").get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.targetId", hasItem(Long.toString(id)));

        festival.admin().body(whole("Nothing", "GROUP")).put(EVENTS + "/999999999").then().statusCode(404);
        festival.admin().body(Map.of("name", "Half", "kind", "SOLO", "category", "MUSIC")).put(EVENTS + "/" + id)
                .then().statusCode(400).body("errors.field", contains("kind"));
    }

    @Test
    void anEventWithEntriesKeepsItsKindAndShortCodeAndIsNotDeleted() {
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        long member = sql.member(unit, "Anu", "F", FestivalApi.JUNIOR);
        String name = FestivalSql.unique("Light music");
        long solo = festival.individualEvent(YEAR, name, null, null);
        festival.enter(district, solo, member).statusCode(201);
        long group = festival.groupEvent(YEAR, FestivalSql.unique("Group dance"), 1, 3, 1);
        festival.registerTeam(district, group, unit, List.of(member)).statusCode(201);

        festival.admin().body(whole(name, "GROUP")).put(EVENTS + "/" + solo).then().statusCode(409)
                .body("code", equalTo("EVENT_HAS_ENTRIES"));
        Map<String, Object> newCode = whole(FestivalSql.unique("Group dance"), "GROUP");
        newCode.put("shortCode", "ZZ" + group);
        festival.admin().body(newCode).put(EVENTS + "/" + group).then().statusCode(409)
                .body("code", equalTo("SHORT_CODE_IN_USE"));
        festival.admin().delete(EVENTS + "/" + solo).then().statusCode(409).body("code", equalTo("EVENT_HAS_ENTRIES"));
        Map<String, Object> deactivated = whole(name, "INDIVIDUAL");
        deactivated.put("active", false);
        festival.admin().body(deactivated).put(EVENTS + "/" + solo).then().statusCode(200)
                .body("active", equalTo(false));
    }

    @Test
    void anEventNobodyEnteredIsDeleted() {
        long id = festival.individualEvent(YEAR, FestivalSql.unique("Essay"), null, null);

        festival.admin().delete(EVENTS + "/" + id).then().statusCode(204);
        festival.admin().delete(EVENTS + "/" + id).then().statusCode(404);
        assertThat(Pages.field(() -> festival.admin().queryParam("edition", YEAR), EVENTS, "id"))
                .doesNotContain((int) id);
    }

    @Test
    void theEventsFileIsImportedAllOrNothing() throws IOException {
        int year = 2211;
        festival.admin().body(Map.of("year", year, "registrationWindow", FestivalApi.openWindow(), "rules",
                FestivalApi.rules2026())).post("/api/v1/kalamela/editions").then().statusCode(201);
        String csv = resource("demo/kalamela-events.csv");

        festival.admin().contentType("text/csv").queryParam("edition", year).body(csv).post(EVENTS + "/import").then()
                .statusCode(200).body("imported", equalTo(45)).body("events", hasSize(45))
                .body("events.find { it.name == 'Group Song' }.shortCode", equalTo("GS"))
                .body("events.find { it.name == 'Solo Eastern Jr Boys' }.gender", equalTo("M"))
                .body("events.findAll { it.kind == 'GROUP' }", hasSize(9));
        assertThat(sql.count("SELECT count(DISTINCT short_code) FROM festival_events WHERE edition_year = ?1", year))
                .isEqualTo(45);

        festival.admin().contentType("text/csv").queryParam("edition", year).body(csv).post(EVENTS + "/import").then()
                .statusCode(400).body("code", equalTo("EVENT_IMPORT_INVALID")).body("errors", hasSize(45))
                .body("errors[0].field", equalTo("rows[2].name"));
        String broken = "kind,name,category,min_team_size,max_team_size\n"
                + "INDIVIDUAL,Violin,MUSIC,,\n\nSOLO,Flute,Noise,,\nGROUP,Choir,MUSIC,three,8\n";
        festival.admin().contentType("text/csv").queryParam("edition", year).body(broken).post(EVENTS + "/import")
                .then().statusCode(400).body("code", equalTo("EVENT_IMPORT_INVALID"))
                .body("errors.field", containsInAnyOrder("rows[4].kind", "rows[4].category", "rows[5].minTeamSize"));
        assertThat(sql.count("SELECT count(*) FROM festival_events WHERE edition_year = ?1 AND name = 'Violin'", year))
                .isZero();
        festival.admin().contentType("text/csv").queryParam("edition", year).body("name\nViolin\n")
                .post(EVENTS + "/import").then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void restrictionsAreInferredFromNamesWhenAsked() {
        int year = 2212;
        festival.admin().body(Map.of("year", year, "registrationWindow", FestivalApi.openWindow(), "rules",
                FestivalApi.rules2026())).post("/api/v1/kalamela/editions").then().statusCode(201);

        festival.admin().contentType("text/csv").queryParam("edition", year).queryParam("inferRestrictions", true)
                .body("kind,name,category\nINDIVIDUAL,Kathakali Jr Girls,STAGE EVENTS\n").post(EVENTS + "/import")
                .then().statusCode(200).body("events[0].gender", equalTo("F")).body("events[0].seniority",
                        equalTo("JUNIOR")).body("events[0].shortCode", equalTo("KJG"));
    }

    @Test
    void onlyTheAdminManagesEvents() {
        FestivalApi.District district = festival.district(sql, accounts);

        festival.as(district.token()).get(EVENTS).then().statusCode(403);
        festival.as(district.token()).body(individual("Sneaky")).post(EVENTS + "/individual").then().statusCode(403);
        festival.api().request().delete(EVENTS + "/1").then().statusCode(401);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theEventListIsPagedInTheOrderTheEventsWereAdded() {
        int year = 2213;
        festival.admin().body(Map.of("year", year, "registrationWindow", FestivalApi.openWindow(), "rules",
                FestivalApi.rules2026())).post("/api/v1/kalamela/editions").then().statusCode(201);
        long first = festival.individualEvent(year, "Mime", null, null);
        long second = festival.individualEvent(year, "Monoact", null, null);
        long third = festival.groupEvent(year, "Group song", 2, 4, 1);

        festival.admin().queryParam("edition", year).queryParam("size", 2).get(EVENTS).then().statusCode(200)
                .body("items.id", contains((int) first, (int) second)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("total", equalTo(3));
        festival.admin().queryParam("edition", year).queryParam("page", 1).queryParam("size", 2).get(EVENTS).then()
                .statusCode(200).body("items.id", contains((int) third)).body("total", equalTo(3));
        festival.admin().queryParam("edition", year).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get(EVENTS).then().statusCode(200).body("items", empty()).body("total", equalTo(3));
        festival.admin().queryParam("edition", year).queryParam("size", 201).get(EVENTS).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("size"));
    }

    @Test
    void anEventIsPatchedUnderItsKindAndReadAtItsLocation() {
        String suffix = FestivalSql.unique("").strip();
        var created = festival.admin().body(Map.of("edition", YEAR, "name", "Song Girls " + suffix, "category",
                        "MUSIC", "gender", "F", "seniority", "JUNIOR"))
                .post(EVENTS + "/individual").then().statusCode(201).extract();
        String location = created.header("Location");
        String shortCode = created.path("shortCode");
        long song = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long dance = festival.groupEvent(YEAR, "Group dance " + suffix, 4, 8, 1);

        festival.admin().get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("id", equalTo((int) song)).body("gender", equalTo("F")).body("kind", equalTo("INDIVIDUAL"));

        Map<String, Object> liftGender = new HashMap<>();
        liftGender.put("gender", null);
        liftGender.put("active", false);
        festival.admin().body(liftGender).patch(EVENTS + "/individual/" + song).then().statusCode(200)
                .body("gender", nullValue()).body("seniority", equalTo("JUNIOR")).body("active", equalTo(false))
                .body("name", equalTo("Song Girls " + suffix)).body("shortCode", equalTo(shortCode));
        festival.admin().body(Map.of("maxTeamSize", 10)).patch(EVENTS + "/group/" + dance).then().statusCode(200)
                .body("minTeamSize", equalTo(4)).body("maxTeamSize", equalTo(10)).body("kind", equalTo("GROUP"));
        festival.admin().get(EVENTS + "/" + dance).then().statusCode(200).body("maxTeamSize", equalTo(10));

        festival.admin().body(Map.of("name", "Renamed")).patch(EVENTS + "/group/" + song).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        festival.admin().body(Map.of("name", "Renamed")).patch(EVENTS + "/individual/" + dance).then()
                .statusCode(404);
        festival.admin().body(Map.of("minTeamSize", 2)).patch(EVENTS + "/individual/" + song).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"));
        festival.admin().body(Map.of("minTeamSize", 11)).patch(EVENTS + "/group/" + dance).then().statusCode(400)
                .body("errors.field", hasItem("maxTeamSize"));
        festival.admin().body(Map.of("gender", "X")).patch(EVENTS + "/individual/" + song).then().statusCode(400)
                .body("errors.field", hasItem("gender"));
        festival.admin().get(EVENTS + "/999999999").then().statusCode(404);
        FestivalApi.District district = festival.district(sql, accounts);
        festival.as(district.token()).body(Map.of("name", "X")).patch(EVENTS + "/individual/" + song).then()
                .statusCode(403);
        festival.as(district.token()).get(EVENTS + "/" + song).then().statusCode(403);
    }
}
