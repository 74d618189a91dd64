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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The admin's judging set-up over HTTP: judges seated on a panel up to the edition's three, refusals for a
 * full panel and a non-judge, the panel's sheet states, criteria (default, field errors that change nothing,
 * locked by the first mark), a judge's own list without any performer's details, and who may do what.
 */
@QuarkusTest
class JudgingSetupApiTest {

    private static final int YEAR = 2415;
    private static final String JUDGES = "/api/v1/admin/judges";
    private static final String MY_EVENTS = "/api/v1/judging/events";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    ScheduleSql draws;

    @Inject
    TestAccounts accounts;

    /** A judge's account id and a token signed in with their own password. */
    private record Judge(long id, String token) {
    }

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private Judge judge() {
        var created = festival.admin().body(Map.of("displayName", FestivalSql.unique("Judge"),
                "delivery", "ONE_TIME_PASSWORD")).post(JUDGES).then().statusCode(201).extract().jsonPath();
        String username = created.getString("account.username");
        String oneTime = created.getString("oneTimePassword");
        festival.as(festival.api().accessToken(username, oneTime))
                .body(Map.of("currentPassword", oneTime, "newPassword", "Judges-Own-Pass-42"))
                .post("/api/v1/auth/change-password").then().statusCode(204);
        return new Judge(created.getLong("account.id"), festival.api().accessToken(username, "Judges-Own-Pass-42"));
    }

    private static String panel(long event) {
        return "/api/v1/kalamela/admin/events/" + event + "/panel";
    }

    private static String criteria(long event) {
        return "/api/v1/kalamela/admin/events/" + event + "/criteria";
    }

    private ValidatableResponse seat(long event, long judge) {
        return festival.admin().body(Map.of("judgeId", judge)).post(panel(event)).then();
    }

    private long event() {
        return festival.individualEvent(YEAR, FestivalSql.unique("Light music"), null, null);
    }

    @Test
    void thePanelTakesTheEditionsThreeActiveJudgesOnceAndShowsTheirSheets() {
        long song = event();
        Judge first = judge();
        Judge second = judge();
        Judge third = judge();

        seat(song, first.id()).statusCode(201).body("judges", hasSize(1));
        seat(song, second.id()).statusCode(201);
        seat(song, first.id()).statusCode(409).body("code", equalTo("ALREADY_ON_PANEL"));
        seat(song, third.id()).statusCode(201).body("judgesPerEvent", equalTo(3))
                .body("judges.judgeId", contains((int) first.id(), (int) second.id(), (int) third.id()));
        seat(song, judge().id()).statusCode(409).body("code", equalTo("PANEL_FULL"));

        festival.admin().get(panel(song)).then().statusCode(200)
                .body("resultState", equalTo("SCORING"))
                .body("drawn", equalTo(false))
                .body("judges.sheetState", contains("EMPTY", "EMPTY", "EMPTY"))
                .body("judges[0].marksMissing", nullValue());
        festival.admin().queryParam("action", "JUDGE_ASSIGNED").queryParam("size", 200)
                .get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.details.seat", hasItem("3 of 3"));
    }

    @Test
    void judgesSeatedAtTheSameMomentNeverOverfillThePanel() throws Exception {
        long song = event();
        List<Judge> judges = List.of(judge(), judge(), judge(), judge(), judge(), judge());
        ExecutorService pool = Executors.newFixedThreadPool(judges.size());
        CountDownLatch gate = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Judge judge : judges) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return festival.admin().body(Map.of("judgeId", judge.id())).post(panel(song)).statusCode();
                }));
            }
            gate.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(3);
        assertThat(sql.count("SELECT count(*) FROM judge_sheets WHERE event_id = ?1", song)).isEqualTo(3);
    }

    @Test
    void anOfficialOrAnInactiveJudgeIsNoJudgeAndNothingIsSeated() {
        long song = event();
        FestivalApi.District district = festival.district(sql, accounts);
        long official = sql.ids("SELECT id FROM accounts WHERE district_id = ?1 AND role = 'DISTRICT_OFFICIAL'",
                district.id()).get(0);
        Judge retired = judge();
        festival.admin().post(JUDGES + "/" + retired.id() + "/deactivate").then().statusCode(200);

        seat(song, official).statusCode(409).body("code", equalTo("NOT_A_JUDGE"));
        seat(song, retired.id()).statusCode(409).body("code", equalTo("NOT_A_JUDGE"));
        seat(song, 987_654_321L).statusCode(404);
        festival.admin().body(Map.of()).post(panel(song)).then().statusCode(400)
                .body("errors.field", contains("judgeId"));
        festival.admin().get(panel(song)).then().statusCode(200).body("judges", empty());
        festival.admin().get(panel(987_654_321L)).then().statusCode(404);
    }

    @Test
    void onlyTheAdminManagesPanelsAndCriteriaAndOnlyAJudgeHasAList() {
        long song = event();
        Judge judge = judge();
        FestivalApi.District district = festival.district(sql, accounts);

        for (String token : List.of(district.token(), judge.token())) {
            festival.as(token).body(Map.of("judgeId", judge.id())).post(panel(song)).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            festival.as(token).get(panel(song)).then().statusCode(403);
            festival.as(token).delete(panel(song) + "/" + judge.id()).then().statusCode(403);
            festival.as(token).get(criteria(song)).then().statusCode(403);
            festival.as(token).body(Map.of("criteria", List.of(Map.of("name", "Overall", "maximum", 100))))
                    .put(criteria(song)).then().statusCode(403);
        }
        festival.admin().get(MY_EVENTS).then().statusCode(403);
        festival.as(district.token()).get(MY_EVENTS).then().statusCode(403);
        festival.api().request().get(MY_EVENTS).then().statusCode(401);
        festival.admin().get(panel(song)).then().statusCode(200).body("judges", empty());
        festival.admin().get(criteria(song)).then().statusCode(200).body("stored", equalTo(false));
    }

    @Test
    void criteriaDefaultToOverallAndBadOnesAreFieldErrorsThatChangeNothing() {
        long song = event();
        festival.admin().get(criteria(song)).then().statusCode(200)
                .body("stored", equalTo(false)).body("locked", equalTo(false))
                .body("criteria.name", contains("Overall")).body("criteria[0].maximum", equalTo(100.0f));

        festival.admin().body(Map.of("criteria", List.of(Map.of("name", "Overall", "maximum", 101))))
                .put(criteria(song)).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("criteria[0].maximum"));
        festival.admin().body(Map.of("criteria", List.of(Map.of("name", "Sruthi", "maximum", 60),
                        Map.of("name", "Bhavam", "maximum", 30))))
                .put(criteria(song)).then().statusCode(400).body("errors.field", contains("criteria"));
        festival.admin().body(Map.of("criteria", List.of(Map.of("name", "Sruthi", "maximum", new BigDecimal("60.005")),
                        Map.of("name", " ", "maximum", 40))))
                .put(criteria(song)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("criteria[0].maximum", "criteria[1].name"));
        festival.admin().get(criteria(song)).then().statusCode(200).body("stored", equalTo(false))
                .body("criteria.name", contains("Overall"));
        assertThat(sql.count("SELECT count(*) FROM event_criteria WHERE event_id = ?1", song)).isZero();

        festival.admin().body(Map.of("criteria", List.of(Map.of("name", "Sruthi", "maximum", 60),
                        Map.of("name", "Bhavam", "maximum", new BigDecimal("40.00")))))
                .put(criteria(song)).then().statusCode(200).body("stored", equalTo(true))
                .body("criteria.number", contains(1, 2)).body("criteria.name", contains("Sruthi", "Bhavam"));
        festival.admin().queryParam("action", "EVENT_CRITERIA_CHANGED").queryParam("size", 200)
                .get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.details.old", hasItem("Overall 100 (default)"))
                .body("items.details.new", hasItem("Sruthi 60; Bhavam 40"));
    }

    @Test
    void theFirstMarkLocksTheCriteriaAndKeepsItsJudgeOnThePanel() {
        long song = event();
        long other = event();
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        for (String name : List.of("Anu", "Binu")) {
            festival.enter(district, song, sql.member(unit, name, "F", FestivalApi.JUNIOR)).statusCode(201);
        }
        Judge marking = judge();
        Judge idle = judge();
        Judge elsewhere = judge();
        seat(song, marking.id()).statusCode(201);
        seat(song, idle.id()).statusCode(201);
        seat(other, elsewhere.id()).statusCode(201);
        festival.admin().body(Map.of("criteria", List.of(Map.of("name", "Sruthi", "maximum", 60),
                Map.of("name", "Bhavam", "maximum", 40)))).put(criteria(song)).then().statusCode(200);
        draws.draw(song, YEAR);
        sql.execute("""
                INSERT INTO sheet_marks (event_id, judge_id, code_letter, criterion, mark, entered_by, by_tabulator,
                                         entered_at)
                VALUES (?1, ?2, 'A', 1, 51.5, ?2, FALSE, now())""", song, marking.id());

        festival.admin().body(Map.of("criteria", List.of(Map.of("name", "Overall", "maximum", 100))))
                .put(criteria(song)).then().statusCode(409).body("code", equalTo("CRITERIA_LOCKED"));
        festival.admin().get(criteria(song)).then().statusCode(200).body("locked", equalTo(true))
                .body("criteria.name", contains("Sruthi", "Bhavam"));
        festival.admin().delete(panel(song) + "/" + marking.id()).then().statusCode(409)
                .body("code", equalTo("JUDGE_HAS_MARKS"));
        festival.admin().get(panel(song)).then().statusCode(200)
                .body("codeLetters", equalTo(2))
                .body("judges.sheetState", contains("IN_PROGRESS", "EMPTY"))
                .body("judges.marksMissing", contains(3, 4));

        String mine = festival.as(marking.token()).get(MY_EVENTS).then().statusCode(200)
                .body("eventId", contains((int) song))
                .body("[0].criteria.name", contains("Sruthi", "Bhavam"))
                .body("[0].codeLetters", equalTo(2))
                .body("[0].sheetState", equalTo("IN_PROGRESS"))
                .body("[0].marksGiven", equalTo(1))
                .body("[0].marksMissing", equalTo(3))
                .body("[0].resultState", equalTo("SCORING"))
                .extract().asString();
        assertThat(mine).doesNotContain("Anu", "Binu", "chest", "unit", "district", "member", "name\":\"Anu");
        festival.as(elsewhere.token()).get(MY_EVENTS).then().statusCode(200).body("eventId", contains((int) other));

        festival.admin().delete(panel(song) + "/" + idle.id()).then().statusCode(204);
        festival.admin().delete(panel(song) + "/" + idle.id()).then().statusCode(404);
        festival.as(idle.token()).get(MY_EVENTS).then().statusCode(200).body("$", empty());
        festival.admin().get(panel(song)).then().statusCode(200).body("judges.judgeId", contains((int) marking.id()));
    }
}
