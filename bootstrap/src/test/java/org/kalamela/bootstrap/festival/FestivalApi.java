package org.kalamela.bootstrap.festival;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The festival's steps over HTTP as the tests take them: the admin makes an edition (the 2025-26 rules, a
 * window open from 30 days ago to 30 days ahead) and its events, and signs in district officials; districts,
 * units and members come from {@link FestivalSql}. Each test class uses an edition year of its own, marks it
 * current before each test (other classes switch the current edition too) and leaves none current after.
 */
final class FestivalApi {

    static final String OFFICIAL_PASSWORD = "Official-Password-2026";
    static final LocalDate JUNIOR = LocalDate.of(2008, 5, 5);
    static final LocalDate SENIOR = LocalDate.of(1998, 3, 3);
    static final LocalDate TOO_OLD = LocalDate.of(1980, 1, 1);

    private final Api api = Api.newClient();
    private String adminToken;

    /** A district with its signed-in official. */
    record District(long id, String name, String token) {
    }

    Api api() {
        return api;
    }

    String adminToken() {
        if (adminToken == null) {
            adminToken = api.adminToken();
        }
        return adminToken;
    }

    RequestSpecification admin() {
        return api.as(adminToken());
    }

    RequestSpecification as(String token) {
        return api.as(token);
    }

    /** The 2025-26 rules of DOMAIN.md as the API takes them; a fresh map each time, to change freely. */
    static Map<String, Object> rules2026() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("juniorBirthDates", Map.of("from", "2005-01-11", "to", "2011-06-30"));
        rules.put("seniorBirthDates", Map.of("from", "1991-01-11", "to", "2005-01-10"));
        rules.put("maxEntriesPerDistrictPerEvent", 2);
        rules.put("maxIndividualEventsPerMember", 5);
        rules.put("juniorChestNumbers", new HashMap<>(Map.of("start", 1001, "end", 1999)));
        rules.put("seniorChestNumbers", new HashMap<>(Map.of("start", 2001, "end", 2999)));
        rules.put("maxTeamsPerDistrictPerEvent", 2);
        rules.put("individualFee", "50.00");
        rules.put("teamFee", "100.00");
        rules.put("conferenceDelegateFee", "300.00");
        rules.put("appealFee", "1000.00");
        rules.put("grades", List.of(Map.of("grade", "A", "minimumMark", 60, "points", 5),
                Map.of("grade", "B", "minimumMark", 50, "points", 3), Map.of("grade", "C", "minimumMark", 40,
                        "points", 1)));
        rules.put("rankPoints", List.of(5, 3, 1));
        rules.put("appealWindowMinutes", 30);
        rules.put("kalaprathibhaMinimumEvents", 2);
        rules.put("judgesPerEvent", 3);
        rules.put("markAggregation", "MEAN");
        rules.put("trimmedMeanMinimumJudges", 5);
        return rules;
    }

    static Map<String, Object> openWindow() {
        Instant now = Instant.now();
        return Map.of("opens", now.minus(Duration.ofDays(30)).toString(), "closes",
                now.plus(Duration.ofDays(30)).toString());
    }

    /** Makes the edition (if this run has not yet) with the 2025-26 rules and an open window, and makes it current. */
    void currentEdition(int year) {
        Map<String, Object> body = Map.of("year", year, "registrationWindow", openWindow(), "rules", rules2026());
        int status = admin().body(body).post("/api/v1/kalamela/editions").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create edition " + year + ": " + status);
        }
        admin().post("/api/v1/kalamela/editions/" + year + "/current").then().statusCode(200);
    }

    /** Registration of the edition closes (a second ago): entries are final and events may be drawn. */
    void closeRegistration(int year) {
        Instant now = Instant.now();
        admin().body(Map.of("opens", now.minus(Duration.ofDays(30)).toString(), "closes",
                now.minusSeconds(1).toString())).put("/api/v1/kalamela/editions/" + year + "/registration-window")
                .then().statusCode(200);
    }

    long individualEvent(int year, String name, String gender, String seniority) {
        Map<String, Object> body = new HashMap<>(Map.of("edition", year, "name", name, "category", "MUSIC"));
        if (gender != null) {
            body.put("gender", gender);
        }
        if (seniority != null) {
            body.put("seniority", seniority);
        }
        return admin().body(body).post("/api/v1/kalamela/events/individual").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long groupEvent(int year, String name, int minTeamSize, int maxTeamSize, int teamsPerUnit) {
        return admin().body(Map.of("edition", year, "name", name, "category", "STAGE EVENTS", "minTeamSize",
                        minTeamSize, "maxTeamSize", maxTeamSize, "teamsPerUnit", teamsPerUnit))
                .post("/api/v1/kalamela/events/group").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new district with a signed-in official of its own. */
    District district(FestivalSql sql, TestAccounts accounts) {
        String name = FestivalSql.unique("District");
        long id = sql.district(name);
        String username = "official-" + UUID.randomUUID().toString().substring(0, 12);
        accounts.official(username, null, null, OFFICIAL_PASSWORD, DistrictId.of(id));
        return new District(id, name, api.accessToken(username, OFFICIAL_PASSWORD));
    }

    ValidatableResponse enter(District district, long event, long member) {
        return as(district.token()).body(Map.of("eventId", event, "memberId", member))
                .post("/api/v1/kalamela/official/individual-participations").then();
    }

    ValidatableResponse registerTeam(District district, long event, long unit, List<Long> members) {
        return as(district.token()).body(Map.of("eventId", event, "unitId", unit, "memberIds", members))
                .post("/api/v1/kalamela/official/group-participations").then();
    }
}
