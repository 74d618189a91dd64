package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** The admin's lists of every district's entries, and the corrections of chest numbers and team codes. */
@QuarkusTest
class AdminParticipantsApiTest {

    private static final int YEAR = 2260;
    private static final String KALAMELA = "/api/v1/kalamela";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long bethel;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        bethel = sql.unit(district.id(), "Bethel");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private int enter(long event, long member) {
        return festival.enter(district, event, member).statusCode(201).extract().path("chestNumber");
    }

    @Test
    void theIndividualListFiltersAndPages() {
        long solo = festival.individualEvent(YEAR, FestivalSql.unique("Listed solo"), null, null);
        long carmel = sql.unit(district.id(), "Carmel");
        long anu = sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR);
        int binuNumber = enter(solo, sql.member(carmel, "Binu", "M", FestivalApi.SENIOR));
        enter(solo, anu);
        String list = KALAMELA + "/participants/individual";

        festival.admin().queryParam("districtId", district.id()).get(list).then().statusCode(200)
                .body("total", equalTo(2)).body("items.memberName", contains("Anu", "Binu"))
                .body("items[1].chestNumber", equalTo(binuNumber)).body("items[0].districtName",
                        equalTo(district.name()));
        festival.admin().queryParam("districtId", district.id()).queryParam("seniority", "senior").get(list).then()
                .body("items.memberName", contains("Binu"));
        festival.admin().queryParam("unitId", bethel).queryParam("eventId", solo).get(list).then()
                .body("items.memberName", contains("Anu"));
        festival.admin().queryParam("districtId", district.id()).queryParam("size", 1).queryParam("page", 1)
                .get(list).then().body("total", equalTo(2)).body("items.memberName", contains("Binu"))
                .body("page", equalTo(1)).body("size", equalTo(1));
        festival.admin().queryParam("seniority", "middle").get(list).then().statusCode(400)
                .body("errors[0].field", equalTo("seniority"));
        festival.admin().queryParam("districtId", 0).get(list).then().statusCode(400);
        festival.admin().queryParam("edition", 2997).get(list).then().statusCode(404);
        festival.as(district.token()).get(list).then().statusCode(403);
    }

    @Test
    void theGroupListShowsTeamsWithTheirMembers() {
        long choir = festival.groupEvent(YEAR, FestivalSql.unique("Listed choir"), 2, 4, 1);
        List<Long> singers = sql.members(bethel, "Singer", "F", FestivalApi.JUNIOR, 2);
        String code = festival.registerTeam(district, choir, bethel, singers).statusCode(201).extract().path("code");

        festival.admin().queryParam("districtId", district.id()).get(KALAMELA + "/participants/group").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].code", equalTo(code))
                .body("items[0].unitName", equalTo("Bethel")).body("items[0].members.name",
                        contains("Singer 1", "Singer 2"));
        festival.admin().queryParam("eventId", choir).queryParam("unitId", bethel).get(KALAMELA + "/participants/group")
                .then().body("items", hasSize(1));
    }

    @Test
    void aChestNumberIsCorrectedWithinTheMembersSeriesAndTheOldOneStaysReserved() {
        long solo = festival.individualEvent(YEAR, FestivalSql.unique("Numbered solo"), null, null);
        long anu = sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR);
        long binu = sql.member(bethel, "Binu", "F", FestivalApi.JUNIOR);
        long cini = sql.member(bethel, "Cini", "F", FestivalApi.JUNIOR);
        long unnumbered = sql.member(bethel, "Dan", "M", FestivalApi.JUNIOR);
        int anuNumber = enter(solo, anu);
        int binuNumber = enter(solo, binu);
        String path = KALAMELA + "/chest-numbers/";

        festival.admin().body(Map.of("chestNumber", binuNumber + 1)).patch(path + anu).then().statusCode(200)
                .body("memberId", equalTo((int) anu)).body("chestNumber", equalTo(binuNumber + 1));
        festival.admin().queryParam("action", "CHEST_NUMBER_EDITED").get("/api/v1/admin/audit-log").then()
                .body("items.find { it.targetId == '" + anu + "' }.details.chestNumber",
                        equalTo(anuNumber + " -> " + (binuNumber + 1)));
        int ciniNumber = enter(festival.individualEvent(YEAR, FestivalSql.unique("Other solo"), null, null), cini);
        assertThat(ciniNumber).isEqualTo(binuNumber + 2);

        festival.admin().body(Map.of("chestNumber", anuNumber)).patch(path + binu).then().statusCode(409)
                .body("code", equalTo("CHEST_NUMBER_TAKEN"));
        festival.admin().body(Map.of("chestNumber", 2500)).patch(path + binu).then().statusCode(409)
                .body("code", equalTo("CHEST_NUMBER_WRONG_SERIES"));
        festival.admin().body(Map.of("chestNumber", 5000)).patch(path + binu).then().statusCode(409)
                .body("code", equalTo("CHEST_NUMBER_OUT_OF_SERIES"));
        festival.admin().body(Map.of("chestNumber", 1998)).patch(path + unnumbered).then().statusCode(404)
                .body("code", equalTo("CHEST_NUMBER_NOT_FOUND"));
        festival.admin().body(Map.of("chestNumber", 1998)).patch(path + 999_999_999L).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        festival.admin().body(Map.of()).patch(path + binu).then().statusCode(400)
                .body("errors[0].field", equalTo("chestNumber"));
        festival.admin().body(Map.of("chestNumber", anuNumber)).patch(path + anu).then().statusCode(200)
                .body("chestNumber", equalTo(anuNumber));
        festival.as(district.token()).body(Map.of("chestNumber", 1998)).patch(path + anu).then().statusCode(403);
    }

    @Test
    void aMemberWhoseBirthDateNoLongerFitsAnySeriesIsNotRenumbered() {
        long member = sql.member(bethel, "Jiji", "F", FestivalApi.JUNIOR);
        enter(festival.individualEvent(YEAR, FestivalSql.unique("Corrected solo"), null, null), member);
        sql.execute("UPDATE members SET date_of_birth = ?1 WHERE id = ?2", FestivalApi.TOO_OLD, member);

        festival.admin().body(Map.of("chestNumber", 1997)).patch(KALAMELA + "/chest-numbers/" + member).then()
                .statusCode(409).body("code", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void aTeamCodeIsCorrectedWithinItsEvent() {
        long choir = festival.groupEvent(YEAR, FestivalSql.unique("Coded choir"), 1, 4, 2);
        long skit = festival.groupEvent(YEAR, FestivalSql.unique("Coded skit"), 1, 4, 2);
        long first = ((Number) festival.registerTeam(district, choir, bethel, sql.members(bethel, "A", "F",
                FestivalApi.JUNIOR, 1)).statusCode(201).extract().path("id")).longValue();
        String secondCode = festival.registerTeam(district, choir, bethel, sql.members(bethel, "B", "F",
                FestivalApi.JUNIOR, 1)).statusCode(201).extract().path("code");
        String skitCode = festival.registerTeam(district, skit, bethel, sql.members(bethel, "C", "F",
                FestivalApi.JUNIOR, 1)).statusCode(201).extract().path("code");
        String prefix = secondCode.substring(0, secondCode.indexOf('-'));
        String path = KALAMELA + "/group-participations/" + first + "/chest";

        festival.admin().body(Map.of("code", prefix + "-7")).patch(path).then().statusCode(200)
                .body("code", equalTo(prefix + "-7"));
        festival.admin().body(Map.of("code", secondCode)).patch(path).then().statusCode(409)
                .body("code", equalTo("TEAM_CODE_TAKEN"));
        festival.admin().body(Map.of("code", skitCode.substring(0, skitCode.indexOf('-')) + "-9")).patch(path).then()
                .statusCode(409).body("code", equalTo("TEAM_CODE_WRONG_EVENT"));
        festival.admin().body(Map.of("code", "seven")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("teamCode"));
        festival.admin().body(Map.of("code", prefix + "-8")).patch(KALAMELA + "/group-participations/999999999/chest")
                .then().statusCode(404);
        festival.registerTeam(district, choir, bethel, sql.members(bethel, "D", "F", FestivalApi.JUNIOR, 1))
                .statusCode(409).body("code", equalTo("DISTRICT_TEAM_LIMIT"));
    }
}
