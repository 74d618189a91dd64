package org.kalamela.bootstrap.festival;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** A district official registers teams for group events: codes, sizes, limits and every refusal. */
@QuarkusTest
class TeamApiTest {

    private static final int YEAR = 2230;
    private static final String TEAMS = "/api/v1/kalamela/official/group-participations";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long bethel;
    private long carmel;
    private long event;
    private String shortCode;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        bethel = sql.unit(district.id(), "Bethel");
        carmel = sql.unit(district.id(), "Carmel");
        event = festival.groupEvent(YEAR, FestivalSql.unique("Group song"), 2, 4, 2);
        shortCode = festival.admin().queryParam("edition", YEAR).queryParam("size", 200)
                .get("/api/v1/kalamela/events").then().extract()
                .path("items.find { it.id == " + event + " }.shortCode");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private List<Long> members(long unit, int count) {
        return sql.members(unit, FestivalSql.unique("Singer"), "F", FestivalApi.JUNIOR, count);
    }

    @Test
    void teamsAreNumberedPerEventAndNumbersAreNeverReused() {
        List<Long> first = members(bethel, 2);
        List<Long> second = members(bethel, 3);
        List<Long> third = members(carmel, 2);

        long teamId = ((Number) festival.registerTeam(district, event, bethel, first).statusCode(201)
                .header("Location", matchesPattern(".*" + TEAMS + "/\\d+")).body("code", equalTo(shortCode + "-1"))
                .body("memberIds", contains(first.get(0).intValue(), first.get(1).intValue()))
                .extract().path("id")).longValue();
        festival.registerTeam(district, event, bethel, second).statusCode(201).body("code", equalTo(shortCode + "-2"));
        festival.as(district.token()).delete(TEAMS + "/" + teamId).then().statusCode(204);

        festival.registerTeam(district, event, carmel, third).statusCode(201).body("code", equalTo(shortCode + "-3"));
    }

    @Test
    void theLocationOfATeamIsReadableByItsDistrictAlone() {
        List<Long> singers = members(bethel, 2);
        String location = festival.registerTeam(district, event, bethel, singers).statusCode(201).extract()
                .header("Location");

        festival.as(district.token()).get(location).then().statusCode(200)
                .body("code", equalTo(shortCode + "-1")).body("unitId", equalTo((int) bethel))
                .body("memberIds", contains(singers.get(0).intValue(), singers.get(1).intValue()));
        FestivalApi.District other = festival.district(sql, accounts);
        festival.as(other.token()).get(location).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.admin().get(location).then().statusCode(403);
    }

    @Test
    void removingMembersNamesTheMemberIdParameterInItsErrors() {
        long teamId = ((Number) festival.registerTeam(district, event, bethel, members(bethel, 3)).statusCode(201)
                .extract().path("id")).longValue();
        for (String given : new String[] {"0", ""}) {
            festival.as(district.token()).queryParam("memberId", given).delete(TEAMS + "/" + teamId + "/members")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("memberId"));
        }
    }

    @Test
    void aDistrictHasTwoTeamsPerEventAndAUnitItsEventsNumber() {
        long oneTeamPerUnit = festival.groupEvent(YEAR, FestivalSql.unique("Skit"), 2, 4, 1);
        festival.registerTeam(district, oneTeamPerUnit, bethel, members(bethel, 2)).statusCode(201);
        festival.registerTeam(district, oneTeamPerUnit, bethel, members(bethel, 2)).statusCode(409)
                .body("code", equalTo("UNIT_TEAM_LIMIT"));
        festival.registerTeam(district, event, bethel, members(bethel, 2)).statusCode(201);
        festival.registerTeam(district, event, carmel, members(carmel, 2)).statusCode(201);

        festival.registerTeam(district, event, carmel, members(carmel, 2)).statusCode(409)
                .body("code", equalTo("DISTRICT_TEAM_LIMIT"));
    }

    @Test
    void aTeamIsOneUnitsEligibleMembersWithinTheSizeRange() {
        List<Long> singers = members(bethel, 5);
        long boy = sql.member(bethel, "Boy", "M", FestivalApi.JUNIOR);
        long elder = sql.member(bethel, "Elder", "F", FestivalApi.TOO_OLD);
        long fromCarmel = members(carmel, 1).get(0);
        long girlsOnly = festival.groupEvent(YEAR, FestivalSql.unique("Thiruvathira"), 2, 4, 1);
        festival.admin().body(Map.of("name", FestivalSql.unique("Thiruvathira"), "kind", "GROUP", "category", "STAGE "
                + "EVENTS", "gender", "F", "minTeamSize", 2, "maxTeamSize", 4)).put("/api/v1/kalamela/events/"
                + girlsOnly).then().statusCode(200);

        festival.registerTeam(district, event, bethel, singers.subList(0, 1)).statusCode(409)
                .body("code", equalTo("TEAM_SIZE_OUT_OF_RANGE"));
        festival.registerTeam(district, event, bethel, singers).statusCode(409)
                .body("code", equalTo("TEAM_SIZE_OUT_OF_RANGE"));
        festival.registerTeam(district, event, bethel, List.of(singers.get(0), fromCarmel)).statusCode(409)
                .body("code", equalTo("TEAM_MIXED_UNITS"));
        festival.registerTeam(district, event, carmel, singers.subList(0, 2)).statusCode(409)
                .body("code", equalTo("TEAM_MIXED_UNITS"));
        festival.registerTeam(district, girlsOnly, bethel, List.of(singers.get(0), boy)).statusCode(409)
                .body("code", equalTo("NOT_ELIGIBLE"));
        festival.registerTeam(district, event, bethel, List.of(singers.get(0), elder)).statusCode(409)
                .body("code", equalTo("NOT_ELIGIBLE"));
        festival.registerTeam(district, event, bethel, List.of(singers.get(0), singers.get(0))).statusCode(400)
                .body("errors[0].field", equalTo("memberIds"));
        festival.registerTeam(district, event, bethel, List.of()).statusCode(400);
    }

    @Test
    void aMemberIsInOneTeamPerEventAndAnExcludedMemberInNone() {
        List<Long> singers = members(bethel, 4);
        festival.registerTeam(district, event, bethel, singers.subList(0, 2)).statusCode(201);
        festival.registerTeam(district, event, bethel, singers.subList(1, 3)).statusCode(409)
                .body("code", equalTo("ALREADY_IN_TEAM"));
        festival.admin().body(Map.of("memberId", singers.get(3), "reason", "Misconduct"))
                .post("/api/v1/kalamela/exclusions").then().statusCode(201);

        festival.registerTeam(district, event, bethel, singers.subList(2, 4)).statusCode(409)
                .body("code", equalTo("MEMBER_EXCLUDED"));
    }

    @Test
    void membersAreAddedUpToTheMaximumAndRemovedDownToTheMinimum() {
        List<Long> singers = members(bethel, 5);
        long team = ((Number) festival.registerTeam(district, event, bethel, singers.subList(0, 2)).statusCode(201)
                .extract().path("id")).longValue();
        String members = TEAMS + "/" + team + "/members";

        festival.as(district.token()).body(Map.of("memberIds", singers.subList(2, 4))).post(members).then()
                .statusCode(200).body("memberIds.size()", equalTo(4));
        festival.as(district.token()).body(Map.of("memberIds", List.of(singers.get(4)))).post(members).then()
                .statusCode(409).body("code", equalTo("TEAM_SIZE_OUT_OF_RANGE"));
        festival.as(district.token()).queryParam("memberId", singers.get(0)).queryParam("memberId", singers.get(1))
                .delete(members).then().statusCode(204);
        festival.as(district.token()).queryParam("memberId", singers.get(2)).delete(members).then().statusCode(409)
                .body("code", equalTo("TEAM_SIZE_OUT_OF_RANGE"));
        festival.as(district.token()).queryParam("memberId", singers.get(4)).delete(members).then().statusCode(404)
                .body("code", equalTo("TEAM_MEMBER_NOT_FOUND"));
        festival.as(district.token()).delete(members).then().statusCode(400);
    }

    @Test
    void anotherDistrictsTeamUnitOrMemberIsNotFound() {
        FestivalApi.District other = festival.district(sql, accounts);
        long otherUnit = sql.unit(other.id(), "Zion");
        List<Long> theirs = sql.members(otherUnit, FestivalSql.unique("Theirs"), "F", FestivalApi.JUNIOR, 2);
        List<Long> ours = members(bethel, 3);
        long team = ((Number) festival.registerTeam(district, event, bethel, ours.subList(0, 2)).statusCode(201)
                .extract().path("id")).longValue();

        festival.registerTeam(district, event, otherUnit, theirs).statusCode(404);
        festival.registerTeam(district, event, bethel, List.of(ours.get(2), theirs.get(0))).statusCode(404);
        festival.as(other.token()).delete(TEAMS + "/" + team).then().statusCode(404);
        festival.as(other.token()).body(Map.of("memberIds", theirs)).post(TEAMS + "/" + team + "/members").then()
                .statusCode(404);
        festival.as(other.token()).queryParam("memberId", ours.get(0)).delete(TEAMS + "/" + team + "/members")
                .then().statusCode(404);
        festival.as(district.token()).body(Map.of("memberIds", List.of(theirs.get(0))))
                .post(TEAMS + "/" + team + "/members").then().statusCode(404);
    }

    @Test
    void anIndividualEventTakesNoTeams() {
        long solo = festival.individualEvent(YEAR, FestivalSql.unique("Solo"), null, null);

        festival.registerTeam(district, solo, bethel, members(bethel, 2)).statusCode(409)
                .body("code", equalTo("EVENT_KIND_MISMATCH"));
    }
}
