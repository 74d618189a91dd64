package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** What a district official reads: the events overview, the eligible members of an event, the entries. */
@QuarkusTest
class OfficialListsApiTest {

    private static final int YEAR = 2250;
    private static final String OFFICIAL = "/api/v1/kalamela/official";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long bethel;
    private long carmel;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        bethel = sql.unit(district.id(), "Bethel");
        carmel = sql.unit(district.id(), "Carmel");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    @Test
    void theOverviewShowsTheDistrictsPlacesLeftByCategory() {
        String soloName = FestivalSql.unique("Overview solo");
        long solo = festival.individualEvent(YEAR, soloName, null, null);
        long juniorsOnly = festival.individualEvent(YEAR, FestivalSql.unique("Overview junior solo"), null, "JUNIOR");
        long group = festival.groupEvent(YEAR, FestivalSql.unique("Overview dance"), 2, 4, 2);
        festival.enter(district, solo, sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR)).statusCode(201);
        festival.registerTeam(district, group, bethel, sql.members(bethel, "Dancer", "F", FestivalApi.JUNIOR, 2))
                .statusCode(201);
        String inactive = FestivalSql.unique("Overview inactive");
        long hidden = festival.individualEvent(YEAR, inactive, null, null);
        festival.admin().body(Map.of("name", inactive, "kind", "INDIVIDUAL", "category", "MUSIC", "active", false))
                .put("/api/v1/kalamela/events/" + hidden).then().statusCode(200);

        var overview = festival.as(district.token()).get(OFFICIAL + "/events").then().statusCode(200)
                .body("edition", equalTo(YEAR)).body("registrationOpen", equalTo(true))
                .body("categories.category", contains("MUSIC", "STAGE_EVENTS")).extract().jsonPath();
        String music = "categories.find { it.category == 'MUSIC' }.events";
        assertThat(overview.getList(music + ".event.id", Integer.class))
                .contains((int) solo, (int) juniorsOnly).doesNotContain((int) hidden);
        assertThat(overview.getList(music + ".find { it.event.id == " + solo
                + " }.seniorities", Map.class)).containsExactly(
                Map.of("seniority", "JUNIOR", "entries", 1, "remaining", 1),
                Map.of("seniority", "SENIOR", "entries", 0, "remaining", 2));
        assertThat(overview.getList(music + ".find { it.event.id == " + juniorsOnly
                + " }.seniorities.seniority", String.class)).containsExactly("JUNIOR");
        assertThat(overview.getMap("categories.find { it.category == 'STAGE_EVENTS' }"
                + ".events.find { it.event.id == " + group + " }.teams")).isEqualTo(Map.of("teams", 1,
                "remaining", 1));
    }

    @Test
    void eligibleMembersComeWithTheirSeniorityAndTheOthersWithEveryReason() {
        long girlsSolo = festival.individualEvent(YEAR, FestivalSql.unique("Girls solo"), "F", null);
        sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR);
        long woman = sql.member(carmel, "Bini", "F", FestivalApi.SENIOR);
        sql.member(bethel, "Chacko", "M", FestivalApi.JUNIOR);
        sql.member(bethel, "Devi", "F", FestivalApi.TOO_OLD);
        long excluded = sql.member(bethel, "Elsa", "F", FestivalApi.JUNIOR);
        long entered = sql.member(bethel, "Fini", "F", FestivalApi.SENIOR);
        long busy = sql.member(carmel, "Gigi", "F", FestivalApi.SENIOR);
        festival.admin().body(Map.of("memberId", excluded, "reason", "Misconduct"))
                .post("/api/v1/kalamela/exclusions").then().statusCode(201);
        festival.enter(district, girlsSolo, entered).statusCode(201);
        for (int i = 0; i < 5; i++) {
            festival.enter(district, festival.individualEvent(YEAR, FestivalSql.unique("Busy"), null, null), busy)
                    .statusCode(201);
        }
        String path = OFFICIAL + "/events/" + girlsSolo + "/eligible-members";

        festival.as(district.token()).get(path).then().statusCode(200).body("eventId", equalTo((int) girlsSolo))
                .body("eligible.name", contains("Anu", "Bini")).body("eligible.seniority", contains("JUNIOR", "SENIOR"))
                .body("leftOut", empty());
        var explained = festival.as(district.token()).queryParam("explain", true).get(path).then().statusCode(200)
                .body("leftOut.name", contains("Chacko", "Devi", "Elsa", "Fini", "Gigi")).extract().jsonPath();
        assertThat(explained.getList("leftOut.reasons", List.class)).containsExactly(
                List.of("WRONG_GENDER"), List.of("NOT_IN_AGE_RANGE"), List.of("EXCLUDED"), List.of("ALREADY_ENTERED"),
                List.of("MEMBER_EVENT_LIMIT"));
        festival.as(district.token()).queryParam("explain", true).get(path).then()
                .body("leftOut.find { it.name == 'Devi' }.seniority", nullValue());
        festival.as(district.token()).queryParam("unitId", carmel).get(path).then().statusCode(200)
                .body("eligible.memberId", contains((int) woman));
    }

    @Test
    void anotherDistrictsUnitOrAnotherEditionsEventIsNotFound() {
        long solo = festival.individualEvent(YEAR, FestivalSql.unique("Solo"), null, null);
        FestivalApi.District other = festival.district(sql, accounts);
        long theirUnit = sql.unit(other.id(), "Zion");

        festival.as(district.token()).queryParam("unitId", theirUnit)
                .get(OFFICIAL + "/events/" + solo + "/eligible-members").then().statusCode(404);
        festival.as(district.token()).get(OFFICIAL + "/events/999999999/eligible-members").then().statusCode(404);
        festival.as(district.token()).queryParam("unitId", -3).get(OFFICIAL + "/events/" + solo + "/eligible-members")
                .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
    }

    @Test
    void theEntriesAreGroupedByEventWithChestNumbersAndTeamMembers() {
        long solo = festival.individualEvent(YEAR, FestivalSql.unique("Entries solo"), null, null);
        long group = festival.groupEvent(YEAR, FestivalSql.unique("Entries choir"), 2, 4, 1);
        long anu = sql.member(bethel, "Anu", "F", FestivalApi.JUNIOR);
        long binu = sql.member(carmel, "Binu", "M", FestivalApi.SENIOR);
        int anuNumber = festival.enter(district, solo, anu).statusCode(201).extract().path("chestNumber");
        festival.enter(district, solo, binu).statusCode(201);
        List<Long> singers = sql.members(carmel, "Singer", "F", FestivalApi.JUNIOR, 2);
        String code = festival.registerTeam(district, group, carmel, singers).statusCode(201).extract().path("code");
        FestivalApi.District other = festival.district(sql, accounts);
        festival.enter(other, solo, sql.member(sql.unit(other.id(), "Zion"), "Zara", "F", FestivalApi.JUNIOR))
                .statusCode(201);

        festival.as(district.token()).get(OFFICIAL + "/entries").then().statusCode(200).body("items", hasSize(2))
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items[0].eventId", equalTo((int) solo))
                .body("items[0].entries.memberName", contains("Anu", "Binu"))
                .body("items[0].entries[0].chestNumber", equalTo(anuNumber)).body("items[0].entries[0].unitName",
                        equalTo("Bethel")).body("items[0].teams", empty())
                .body("items[1].eventId", equalTo((int) group)).body("items[1].teams[0].code", equalTo(code))
                .body("items[1].teams[0].members.name", containsInAnyOrder("Singer 1", "Singer 2"));
        festival.as(district.token()).queryParam("page", 1).queryParam("size", 1).get(OFFICIAL + "/entries").then()
                .statusCode(200).body("items.eventId", contains((int) group)).body("total", equalTo(2));
        festival.as(other.token()).get(OFFICIAL + "/entries").then().statusCode(200)
                .body("items[0].entries.memberName", contains("Zara"));
    }

    @Test
    void onlyDistrictOfficialsReadThese() {
        festival.admin().get(OFFICIAL + "/events").then().statusCode(403);
        festival.admin().get(OFFICIAL + "/entries").then().statusCode(403);
        festival.api().request().get(OFFICIAL + "/events").then().statusCode(401);
    }
}
