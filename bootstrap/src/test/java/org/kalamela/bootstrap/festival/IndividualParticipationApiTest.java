package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** A district official enters members in individual events: chest numbers, limits and every refusal. */
@QuarkusTest
class IndividualParticipationApiTest {

    private static final int YEAR = 2220;
    private static final String ENTRIES = "/api/v1/kalamela/official/individual-participations";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long unit;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        unit = sql.unit(district.id(), "Bethel");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long event(String gender, String seniority) {
        return festival.individualEvent(YEAR, FestivalSql.unique("Solo"), gender, seniority);
    }

    @Test
    void aMemberGetsOneChestNumberOfTheirSeriesForAllTheirEvents() {
        long junior = sql.member(unit, "Anu", "F", FestivalApi.JUNIOR);
        long senior = sql.member(unit, "Binu", "M", FestivalApi.SENIOR);
        long first = event(null, null);
        long second = event(null, null);

        int juniorNumber = festival.enter(district, first, junior).statusCode(201)
                .header("Location", matchesPattern(".*" + ENTRIES + "/\\d+")).body("seniority", equalTo("JUNIOR"))
                .extract().path("chestNumber");
        festival.enter(district, second, junior).statusCode(201).body("chestNumber", equalTo(juniorNumber));
        int seniorNumber = festival.enter(district, first, senior).statusCode(201)
                .body("seniority", equalTo("SENIOR")).extract().path("chestNumber");

        assertThat(juniorNumber).isBetween(1001, 1999);
        assertThat(seniorNumber).isBetween(2001, 2999);
    }

    @Test
    void theLocationOfAnEntryIsReadableByItsDistrictAlone() {
        long member = sql.member(unit, "Dini", "F", FestivalApi.JUNIOR);
        long event = event(null, null);
        var made = festival.enter(district, event, member).statusCode(201).extract();
        String location = made.header("Location");

        festival.as(district.token()).get(location).then().statusCode(200)
                .body("id", equalTo(made.path("id")))
                .body("eventId", equalTo((int) event)).body("memberId", equalTo((int) member))
                .body("seniority", equalTo("JUNIOR")).body("chestNumber", equalTo(made.path("chestNumber")));
        FestivalApi.District other = festival.district(sql, accounts);
        festival.as(other.token()).get(location).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.admin().get(location).then().statusCode(403);
        festival.as(district.token()).delete(location).then().statusCode(204);
        festival.as(district.token()).get(location).then().statusCode(404);
    }

    @Test
    void aDistrictEntersTwoMembersPerEventAndSeniority() {
        List<Long> juniors = sql.members(unit, "Junior", "F", FestivalApi.JUNIOR, 3);
        long senior = sql.member(unit, "Senior", "F", FestivalApi.SENIOR);
        long event = event(null, null);
        festival.enter(district, event, juniors.get(0)).statusCode(201);
        festival.enter(district, event, juniors.get(1)).statusCode(201);

        festival.enter(district, event, juniors.get(2)).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DISTRICT_EVENT_LIMIT"));
        festival.enter(district, event, senior).statusCode(201);
    }

    @Test
    void aMemberEntersFiveIndividualEventsOnceEach() {
        long member = sql.member(unit, "Busy", "M", FestivalApi.SENIOR);
        long first = event(null, null);
        festival.enter(district, first, member).statusCode(201);
        festival.enter(district, first, member).statusCode(409).body("code", equalTo("ALREADY_ENTERED"));
        for (int i = 0; i < 4; i++) {
            festival.enter(district, event(null, null), member).statusCode(201);
        }

        festival.enter(district, event(null, null), member).statusCode(409)
                .body("code", equalTo("MEMBER_EVENT_LIMIT"));
    }

    @Test
    void aMemberOutsideTheEventsRestrictionsIsNotEligible() {
        long boy = sql.member(unit, "Boy", "M", FestivalApi.JUNIOR);
        long elder = sql.member(unit, "Elder", "F", FestivalApi.TOO_OLD);

        festival.enter(district, event("F", null), boy).statusCode(409).body("code", equalTo("NOT_ELIGIBLE"));
        festival.enter(district, event(null, "SENIOR"), boy).statusCode(409).body("code", equalTo("NOT_ELIGIBLE"));
        festival.enter(district, event(null, null), elder).statusCode(409).body("code", equalTo("NOT_ELIGIBLE"));
    }

    @Test
    void inactiveGroupAndClosedEventsRefuseEntries() {
        long member = sql.member(unit, "Cini", "F", FestivalApi.JUNIOR);
        String name = FestivalSql.unique("Inactive");
        long inactive = festival.individualEvent(YEAR, name, null, null);
        festival.admin().body(Map.of("name", name, "kind", "INDIVIDUAL", "category", "MUSIC", "active", false))
                .put("/api/v1/kalamela/events/" + inactive).then().statusCode(200);
        long group = festival.groupEvent(YEAR, FestivalSql.unique("Choir"), 2, 5, 1);

        festival.enter(district, inactive, member).statusCode(409).body("code", equalTo("EVENT_INACTIVE"));
        festival.enter(district, group, member).statusCode(409).body("code", equalTo("EVENT_KIND_MISMATCH"));

        long open = event(null, null);
        Instant now = Instant.now();
        festival.admin().body(Map.of("opens", now.minus(10, ChronoUnit.DAYS).toString(), "closes",
                now.minus(1, ChronoUnit.DAYS).toString())).put("/api/v1/kalamela/editions/" + YEAR
                + "/registration-window").then().statusCode(200);
        try {
            festival.enter(district, open, member).statusCode(409).body("code", equalTo("REGISTRATION_CLOSED"));
        } finally {
            festival.admin().body(FestivalApi.openWindow()).put("/api/v1/kalamela/editions/" + YEAR
                    + "/registration-window").then().statusCode(200);
        }
    }

    @Test
    void anExcludedMemberIsNotEntered() {
        long member = sql.member(unit, "Dan", "M", FestivalApi.SENIOR);
        festival.admin().body(Map.of("memberId", member, "reason", "Misconduct")).post("/api/v1/kalamela/exclusions")
                .then().statusCode(201);

        festival.enter(district, event(null, null), member).statusCode(409).body("code", equalTo("MEMBER_EXCLUDED"));
    }

    @Test
    void anotherDistrictsMemberOrAnotherEditionsEventIsNotFound() {
        FestivalApi.District other = festival.district(sql, accounts);
        long stranger = sql.member(sql.unit(other.id(), "Zion"), "Zara", "F", FestivalApi.JUNIOR);
        long member = sql.member(unit, "Elsa", "F", FestivalApi.JUNIOR);
        long event = event(null, null);
        festival.admin().body(Map.of("year", YEAR + 1, "registrationWindow", FestivalApi.openWindow(), "rules",
                FestivalApi.rules2026())).post("/api/v1/kalamela/editions").then().extract().statusCode();
        long elsewhere = festival.individualEvent(YEAR + 1, FestivalSql.unique("Elsewhere"), null, null);

        festival.enter(district, event, stranger).statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.enter(district, elsewhere, member).statusCode(404);
        festival.enter(district, event, 999_999_999L).statusCode(404);
        festival.as(district.token()).body(Map.of("eventId", event)).post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("memberId"));
    }

    @Test
    void anEntryIsRemovedAndTheChestNumberStaysWithTheMember() {
        long member = sql.member(unit, "Fini", "F", FestivalApi.JUNIOR);
        long event = event(null, null);
        var entered = festival.enter(district, event, member).statusCode(201).extract();
        long entry = ((Number) entered.path("id")).longValue();
        int number = entered.path("chestNumber");
        FestivalApi.District other = festival.district(sql, accounts);

        festival.as(other.token()).delete(ENTRIES + "/" + entry).then().statusCode(404);
        festival.as(district.token()).delete(ENTRIES + "/" + entry).then().statusCode(204);
        festival.as(district.token()).delete(ENTRIES + "/" + entry).then().statusCode(404);

        festival.enter(district, event(null, null), member).statusCode(201).body("chestNumber", equalTo(number));
    }

    @Test
    void aRemovalAfterRegistrationClosesIsRefused() {
        long member = sql.member(unit, "Gini", "F", FestivalApi.JUNIOR);
        long entry = ((Number) festival.enter(district, event(null, null), member).statusCode(201).extract()
                .path("id")).longValue();
        Instant now = Instant.now();
        festival.admin().body(Map.of("opens", now.minus(10, ChronoUnit.DAYS).toString(), "closes",
                now.minus(1, ChronoUnit.DAYS).toString())).put("/api/v1/kalamela/editions/" + YEAR
                + "/registration-window").then().statusCode(200);
        try {
            festival.as(district.token()).delete(ENTRIES + "/" + entry).then().statusCode(409)
                    .body("code", equalTo("REGISTRATION_CLOSED"));
        } finally {
            festival.admin().body(FestivalApi.openWindow()).put("/api/v1/kalamela/editions/" + YEAR
                    + "/registration-window").then().statusCode(200);
        }
    }

    @Test
    void aUsedUpSeriesIsAClearRefusal() {
        long first = sql.member(unit, "Hari", "M", FestivalApi.JUNIOR);
        long second = sql.member(unit, "Indu", "F", FestivalApi.JUNIOR);
        long event = event(null, null);
        int number = festival.enter(district, event, first).statusCode(201).extract().path("chestNumber");
        Map<String, Object> rules = FestivalApi.rules2026();
        rules.put("juniorChestNumbers", Map.of("start", 1001, "end", number));
        festival.admin().body(rules).put("/api/v1/kalamela/editions/" + YEAR + "/rules").then().statusCode(200);
        try {
            festival.enter(district, event, second).statusCode(409)
                    .body("code", equalTo("CHEST_NUMBER_SERIES_EXHAUSTED"));
        } finally {
            festival.admin().body(FestivalApi.rules2026()).put("/api/v1/kalamela/editions/" + YEAR + "/rules")
                    .then().statusCode(200);
        }
        festival.enter(district, event, second).statusCode(201).body("chestNumber", equalTo(number + 1));
    }

    @Test
    void onlyDistrictOfficialsEnterMembers() {
        festival.admin().body(Map.of("eventId", 1, "memberId", 1)).post(ENTRIES).then().statusCode(403);
        festival.api().request().body(Map.of("eventId", 1, "memberId", 1)).post(ENTRIES).then().statusCode(401);
    }
}
