package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Pages;
import org.kalamela.bootstrap.support.TestAccounts;

/** Editions over HTTP: creation, rules and window changes, the current edition, and every refusal. */
@QuarkusTest
class EditionApiTest {

    private static final String EDITIONS = "/api/v1/kalamela/editions";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private Map<String, Object> edition(int year) {
        return Map.of("year", year, "registrationWindow", FestivalApi.openWindow(), "rules", FestivalApi.rules2026());
    }

    @Test
    void anEditionIsCreatedWithItsRulesAndIsNotCurrentUntilMarked() {
        festival.admin().body(edition(2201)).post(EDITIONS).then().statusCode(201)
                .header("Location", endsWith("/api/v1/kalamela/editions/2201"))
                .body("year", equalTo(2201)).body("current", equalTo(false))
                .body("rules.juniorChestNumbers.start", equalTo(1001)).body("rules.individualFee", equalTo("50.00"))
                .body("rules.grades[0].grade", equalTo("A")).body("rules.seniorBirthDates.to", equalTo("2005-01-10"));

        festival.admin().get(EDITIONS).then().statusCode(200)
                .body("items.find { it.year == 2201 }.current", equalTo(false));

        festival.admin().post(EDITIONS + "/2201/current").then().statusCode(200).body("current", equalTo(true));
        festival.api().request().get(EDITIONS + "/current").then().statusCode(200).body("year", equalTo(2201))
                .body("rules.maxEntriesPerDistrictPerEvent", equalTo(2));
        festival.admin().get(EDITIONS).then().statusCode(200)
                .body("items.findAll { it.current }.year", containsInAnyOrder(2201));
        festival.admin().queryParam("action", "EDITION_MARKED_CURRENT").get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("items.targetId", hasItem("2201"));
    }

    @Test
    void aYearIsCreatedOnce() {
        festival.admin().body(edition(2202)).post(EDITIONS).then().statusCode(201);

        festival.admin().body(edition(2202)).post(EDITIONS).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("EDITION_EXISTS"));
    }

    @Test
    void invalidRulesAreReportedFieldByField() {
        Map<String, Object> rules = FestivalApi.rules2026();
        rules.put("seniorBirthDates", Map.of("from", "2004-01-01", "to", "2006-01-01"));
        rules.put("individualFee", "fifty");
        rules.put("juniorChestNumbers", Map.of("start", 1001));
        rules.remove("judgesPerEvent");
        rules.put("markAggregation", "MEDIAN");

        festival.admin().body(Map.of("year", 2203, "registrationWindow", FestivalApi.openWindow(), "rules", rules))
                .post(EDITIONS).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("rules.individualFee", "rules.juniorChestNumbers.end",
                        "rules.judgesPerEvent", "rules.markAggregation"));

        rules = FestivalApi.rules2026();
        rules.put("seniorBirthDates", Map.of("from", "2004-01-01", "to", "2006-01-01"));
        rules.put("seniorChestNumbers", Map.of("start", 1500, "end", 2500));
        festival.admin().body(Map.of("year", 2203, "registrationWindow", FestivalApi.openWindow(), "rules", rules))
                .post(EDITIONS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rules.seniorBirthDates", "rules.seniorChestNumbers"));

        festival.admin().body(Map.of("year", 1999, "registrationWindow", FestivalApi.openWindow(), "rules",
                FestivalApi.rules2026())).post(EDITIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        festival.admin().body(Map.of("year", 2203)).post(EDITIONS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("registrationWindow", "rules"));
        festival.admin().body(Map.of("year", 2203, "registrationWindow", Map.of("opens", "2026-01-02T00:00:00Z",
                        "closes", "2026-01-01T00:00:00Z"), "rules", FestivalApi.rules2026())).post(EDITIONS).then()
                .statusCode(400).body("errors[0].field", equalTo("registrationWindow.closes"));
    }

    @Test
    void rulesAndWindowChangeAndAreAudited() {
        festival.admin().body(edition(2204)).post(EDITIONS).then().statusCode(201);
        Map<String, Object> rules = FestivalApi.rules2026();
        rules.put("maxEntriesPerDistrictPerEvent", 3);
        rules.put("teamFee", "120.50");

        festival.admin().body(rules).put(EDITIONS + "/2204/rules").then().statusCode(200)
                .body("rules.maxEntriesPerDistrictPerEvent", equalTo(3)).body("rules.teamFee", equalTo("120.50"))
                .body("current", nullValue());
        festival.admin().queryParam("action", "EDITION_RULES_CHANGED").get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("items.find { it.targetId == '2204' }.details.maxEntriesPerDistrictPerEvent",
                        equalTo("2 -> 3"));

        festival.admin().body(Map.of("opens", "2026-01-01T00:00:00Z", "closes", "2026-02-01T00:00:00Z"))
                .put(EDITIONS + "/2204/registration-window").then().statusCode(200)
                .body("registrationWindow.closes", equalTo("2026-02-01T00:00:00Z"));
        festival.admin().body(Map.of("opens", "2026-01-01T00:00:00Z")).put(EDITIONS + "/2204/registration-window")
                .then().statusCode(400).body("errors[0].field", equalTo("closes"));
        Map<String, Object> invalid = new HashMap<>(rules);
        invalid.put("maxTeamsPerDistrictPerEvent", 0);
        festival.admin().body(invalid).put(EDITIONS + "/2204/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("maxTeamsPerDistrictPerEvent"));
    }

    @Test
    void anUnknownEditionIsNotFound() {
        festival.admin().body(FestivalApi.rules2026()).put(EDITIONS + "/2999/rules").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        festival.admin().post(EDITIONS + "/2998/current").then().statusCode(404);
        festival.admin().post(EDITIONS + "/12/current").then().statusCode(404);
        festival.admin().body(Map.of("opens", "2026-01-01T00:00:00Z", "closes", "2026-02-01T00:00:00Z"))
                .put(EDITIONS + "/2997/registration-window").then().statusCode(404);
    }

    @Test
    void withoutACurrentEditionOfficialsAndThePublicGetNoCurrentEdition() {
        festival.currentEdition(2205);
        FestivalApi.District district = festival.district(sql, accounts);
        sql.clearCurrentEdition();
        try {
            festival.api().request().get(EDITIONS + "/current").then().statusCode(404)
                    .body("code", equalTo("NO_CURRENT_EDITION"));
            festival.as(district.token()).get("/api/v1/kalamela/official/events").then().statusCode(404)
                    .body("code", equalTo("NO_CURRENT_EDITION"));
        } finally {
            festival.currentEdition(2205);
        }
    }

    @Test
    void onlyTheAdminManagesEditions() {
        FestivalApi.District district = festival.district(sql, accounts);

        festival.as(district.token()).get(EDITIONS).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        festival.as(district.token()).body(edition(2206)).post(EDITIONS).then().statusCode(403);
        festival.api().request().get(EDITIONS).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        festival.api().request().post(EDITIONS + "/2206/current").then().statusCode(401);
    }

    @Test
    void theEditionListIsPagedNewestFirst() {
        festival.admin().body(edition(2231)).post(EDITIONS).then().statusCode(201);
        festival.admin().body(edition(2232)).post(EDITIONS).then().statusCode(201);

        festival.admin().queryParam("size", 1).get(EDITIONS).then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2));
        assertThat(Pages.field(festival::admin, EDITIONS, "year")).containsSubsequence(2232, 2231);
        festival.admin().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get(EDITIONS).then()
                .statusCode(200).body("items", empty());
        festival.admin().queryParam("size", 201).get(EDITIONS).then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void aCreatedEditionIsReadAtItsLocation() {
        String location = festival.admin().body(edition(2233)).post(EDITIONS).then().statusCode(201).extract()
                .header("Location");

        festival.admin().get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("year", equalTo(2233)).body("current", equalTo(false))
                .body("rules.individualFee", equalTo("50.00"));
        festival.admin().post(EDITIONS + "/2233/current").then().statusCode(200);
        festival.admin().get(EDITIONS + "/2233").then().statusCode(200).body("current", equalTo(true));
        festival.admin().get(EDITIONS + "/2998").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.admin().get(EDITIONS + "/1999").then().statusCode(404);
        FestivalApi.District district = festival.district(sql, accounts);
        festival.as(district.token()).get(EDITIONS + "/2233").then().statusCode(403);
        festival.api().request().get(EDITIONS + "/2233").then().statusCode(401);
    }
}
