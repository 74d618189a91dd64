package org.kalamela.bootstrap.festival;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** The admin excludes members from the current edition and includes them again. */
@QuarkusTest
class ExclusionApiTest {

    private static final int YEAR = 2240;
    private static final String EXCLUSIONS = "/api/v1/kalamela/exclusions";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long member;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        member = sql.member(sql.unit(district.id(), "Bethel"), "Anu", "F", FestivalApi.JUNIOR);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    @Test
    void anExcludedMemberIsListedAndMayBeIncludedAgain() {
        long event = festival.individualEvent(YEAR, FestivalSql.unique("Solo"), null, null);
        long exclusion = ((Number) festival.admin().body(Map.of("memberId", member, "reason", " Misconduct at the "
                        + "2025 festival ")).post(EXCLUSIONS).then().statusCode(201)
                .header("Location", matchesPattern(".*" + EXCLUSIONS + "/\\d+")).body("edition", equalTo(YEAR))
                .body("reason", equalTo("Misconduct at the 2025 festival")).extract().path("id")).longValue();

        festival.admin().queryParam("size", 200).get(EXCLUSIONS).then().statusCode(200)
                .body("items.find { it.id == " + exclusion + " }.districtName", equalTo(district.name()))
                .body("items.find { it.id == " + exclusion + " }.memberName", equalTo("Anu"));
        festival.admin().queryParam("action", "MEMBER_EXCLUDED").get("/api/v1/admin/audit-log").then()
                .body("items.targetId", hasItem(Long.toString(member)));
        festival.enter(district, event, member).statusCode(409).body("code", equalTo("MEMBER_EXCLUDED"));

        festival.admin().delete(EXCLUSIONS + "/" + exclusion).then().statusCode(204);
        festival.admin().delete(EXCLUSIONS + "/" + exclusion).then().statusCode(404);
        festival.admin().queryParam("size", 200).get(EXCLUSIONS).then()
                .body("items.id", not(hasItem((int) exclusion)));
        festival.enter(district, event, member).statusCode(201);
    }

    @Test
    void aMemberIsExcludedOncePerEdition() {
        festival.admin().body(Map.of("memberId", member, "reason", "Misconduct")).post(EXCLUSIONS).then()
                .statusCode(201);

        festival.admin().body(Map.of("memberId", member, "reason", "Again")).post(EXCLUSIONS).then().statusCode(409)
                .body("code", equalTo("ALREADY_EXCLUDED"));
    }

    @Test
    void anExclusionNeedsAKnownMemberAndAReason() {
        festival.admin().body(Map.of("memberId", member)).post(EXCLUSIONS).then().statusCode(400)
                .body("errors.field", contains("reason"));
        festival.admin().body(Map.of("reason", "Why")).post(EXCLUSIONS).then().statusCode(400)
                .body("errors.field", contains("memberId"));
        festival.admin().body(Map.of("memberId", 999_999_999L, "reason", "Nobody")).post(EXCLUSIONS).then()
                .statusCode(404);
        festival.admin().queryParam("size", 201).get(EXCLUSIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyTheAdminExcludes() {
        festival.as(district.token()).body(Map.of("memberId", member, "reason", "Mine")).post(EXCLUSIONS).then()
                .statusCode(403);
        festival.as(district.token()).get(EXCLUSIONS).then().statusCode(403);
        festival.api().request().delete(EXCLUSIONS + "/1").then().statusCode(401);
    }

    @Test
    void aCreatedExclusionIsReadAtItsLocation() {
        String location = festival.admin().body(Map.of("memberId", member, "reason", "Misconduct"))
                .post(EXCLUSIONS).then().statusCode(201).extract().header("Location");

        festival.admin().get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("memberId", equalTo((int) member)).body("edition", equalTo(YEAR))
                .body("reason", equalTo("Misconduct"));
        festival.admin().get(EXCLUSIONS + "/999999999").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.as(district.token()).get(java.net.URI.create(location).getPath()).then().statusCode(403);
    }
}
