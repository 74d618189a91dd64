package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The festival day over HTTP: stages, events on them, the clash report with a participant, a stage and a judge
 * clash, publishing refused and then acknowledged, the public schedule and the stage status on the day.
 */
@QuarkusTest
class ScheduleApiTest {

    private static final int YEAR = 2301;
    private static final String STAGES = "/api/v1/kalamela/admin/stages";
    private static final String SCHEDULE = "/api/v1/kalamela/admin/schedule";
    private static final String PUBLIC = "/api/v1/kalamela/schedule";
    /** 09:00 in Kerala on 10 December 2026. */
    private static final String NINE = "2026-12-10T03:30:00Z";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    ScheduleSql judging;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long unit;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        unit = sql.unit(district.id(), "Bethel");
        sql.execute("DELETE FROM schedule_publications WHERE edition_year = ?1", YEAR);
        sql.execute("DELETE FROM scheduled_events WHERE edition_year = ?1", YEAR);
        sql.execute("DELETE FROM stages WHERE edition_year = ?1", YEAR);
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long stage(String name) {
        return festival.admin().body(Map.of("name", name, "location", "Pathanamthitta", "capacity", 500))
                .post(STAGES).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath schedule(long event, Map<String, Object> body) {
        return festival.admin().body(body).put("/api/v1/kalamela/admin/events/" + event + "/schedule").then()
                .statusCode(200).extract().jsonPath();
    }

    private ValidatableResponse status(long event, Map<String, Object> body) {
        return festival.admin().body(body).put("/api/v1/kalamela/admin/events/" + event + "/stage-status").then();
    }

    @Test
    void theDayIsPlannedCheckedForClashesPublishedAndFollowedOnStage() {
        long song = festival.individualEvent(YEAR, FestivalSql.unique("Light music"), null, null);
        long essay = festival.individualEvent(YEAR, FestivalSql.unique("Essay"), null, null);
        long recitation = festival.individualEvent(YEAR, FestivalSql.unique("Recitation"), null, null);
        long dance = festival.groupEvent(YEAR, FestivalSql.unique("Group dance"), 2, 5, 1);
        long anu = sql.member(unit, "Anu", "F", FestivalApi.JUNIOR);
        long binu = sql.member(unit, "Binu", "F", FestivalApi.JUNIOR);
        long chinnu = sql.member(unit, "Chinnu", "F", FestivalApi.JUNIOR);
        festival.enter(district, song, anu).statusCode(201);
        festival.enter(district, song, chinnu).statusCode(201);
        festival.enter(district, essay, anu).statusCode(201);
        festival.enter(district, recitation, binu).statusCode(201);
        festival.registerTeam(district, dance, unit, List.of(binu, chinnu)).statusCode(201);
        long town = stage("Town hall");
        long annex = stage("Annex");
        festival.admin().get(STAGES).then().statusCode(200).body("name", contains("Annex",
                "Town hall"));

        JsonPath songPlace = schedule(song, Map.of("stageId", town, "start", NINE));
        assertThat(songPlace.getString("plannedEnd")).isEqualTo("2026-12-10T03:50:00Z");
        assertThat(songPlace.getInt("minutesPerPerformance")).isEqualTo(10);
        assertThat(songPlace.getInt("performances")).isEqualTo(2);
        schedule(recitation, Map.of("stageId", town, "start", "2026-12-10T03:45:00Z", "minutesPerPerformance", 15));
        schedule(essay, Map.of("stageId", annex, "start", "2026-12-10T09:00:00+05:30", "fixedMinutes", 60));
        JsonPath dancePlace = schedule(dance, Map.of("stageId", annex, "start", "2026-12-10T06:00:00Z"));
        assertThat(dancePlace.getString("plannedEnd")).isEqualTo("2026-12-10T06:10:00Z");
        long judge = judging.judge("Judge Mathew");
        judging.seat(judge, song);
        judging.seat(judge, essay);

        List<Map<String, Object>> clashes = festival.admin().queryParam("day", "2026-12-10").get(SCHEDULE + "/clashes")
                .then().statusCode(200).body("count", equalTo(3)).body("day", equalTo("2026-12-10"))
                .body("clashes.kind", contains("STAGE", "JUDGE", "PARTICIPANT"))
                .body("clashes.subjectName", contains("Town hall", "Judge Mathew", "Anu"))
                .body("clashes[2].clashKey", equalTo("participant:" + anu + ":" + song + "-" + essay))
                .body("clashes[0].secondEventId", equalTo((int) recitation))
                .extract().jsonPath().getList("clashes");
        festival.admin().queryParam("day", "2026-12-11").get(SCHEDULE + "/clashes").then().statusCode(200)
                .body("count", equalTo(0));
        festival.api().request().get(PUBLIC).then().statusCode(200).body("published", equalTo(false))
                .body("days", empty());

        festival.admin().body(Map.of("acknowledgements", List.of(Map.of("clashKey", clashes.get(0).get("clashKey"),
                        "reason", "the hall is split in two")))).post(SCHEDULE + "/publish").then().statusCode(409)
                .body("code", equalTo("SCHEDULE_CLASHES_UNACKNOWLEDGED"))
                .body("detail", containsString("judge:" + judge + ":" + song + "-" + essay))
                .body("detail", containsString("participant:" + anu));
        assertThat(sql.count("SELECT count(*) FROM schedule_publications WHERE edition_year = ?1", YEAR)).isZero();

        List<Map<String, Object>> acknowledgements = clashes.stream().map(clash -> Map.<String, Object>of(
                "clashKey", clash.get("clashKey"), "reason", "agreed with the " + clash.get("kind"))).toList();
        festival.admin().body(Map.of("acknowledgements", acknowledgements)).post(SCHEDULE + "/publish").then()
                .statusCode(200).body("version", equalTo(4)).body("acknowledgements", hasSize(3))
                .body("publishedBy", notNullValue());
        festival.admin().queryParam("action", "SCHEDULE_PUBLISHED").get("/api/v1/admin/audit-log").then()
                .body("items.targetId", hasItem(Integer.toString(YEAR)));

        festival.api().request().queryParam("day", "2026-12-10").get(PUBLIC).then().statusCode(200)
                .body("published", equalTo(true))
                .body("days.stageName", contains("Annex", "Town hall"))
                .body("days[1].events.eventId", contains((int) song, (int) recitation))
                .body("days[1].events[0].plannedEnd", equalTo("2026-12-10T03:50:00Z"))
                .body("days[1].events[0].status", equalTo("WAITING"));
        festival.api().request().queryParam("stageId", annex).get(PUBLIC).then().statusCode(200)
                .body("days.stageId", contains((int) annex));

        judging.draw(song, YEAR);
        status(song, Map.of("status", "PERFORMING", "codeLetter", "C")).statusCode(409)
                .body("code", equalTo("CODE_LETTER_NOT_DRAWN"));
        status(song, Map.of("status", "PERFORMING", "codeLetter", "B")).statusCode(200)
                .body("status", equalTo("PERFORMING")).body("codeLetter", equalTo("B"));
        festival.api().request().queryParam("stageId", town).get(PUBLIC).then()
                .body("days[0].events[0].status", equalTo("PERFORMING"))
                .body("days[0].events[0].codeLetter", equalTo("B"));
        status(song, Map.of("status", "COMPLETED")).statusCode(200).body("codeLetter", nullValue());
        status(song, Map.of("status", "WAITING")).statusCode(409).body("code", equalTo("STAGE_STATUS_NOT_ALLOWED"));
        long unplanned = festival.individualEvent(YEAR, FestivalSql.unique("Unplanned"), null, null);
        status(unplanned, Map.of("status", "COMPLETED")).statusCode(409).body("code", equalTo("EVENT_NOT_SCHEDULED"));
        festival.admin().queryParam("action", "STAGE_STATUS_CHANGED").get("/api/v1/admin/audit-log").then()
                .body("items.targetId", hasItem(Long.toString(song)));

        schedule(recitation, Map.of("stageId", annex, "start", "2026-12-10T08:00:00Z"));
        festival.admin().get(SCHEDULE).then().statusCode(200).body("changedSincePublication", equalTo(true))
                .body("publication.acknowledgements", hasSize(3));
        festival.api().request().queryParam("stageId", town).get(PUBLIC).then()
                .body("days[0].events.eventId", contains((int) song, (int) recitation));
        festival.admin().delete(STAGES + "/" + town).then().statusCode(409).body("code", equalTo("STAGE_IN_USE"));
        festival.admin().delete("/api/v1/kalamela/admin/events/" + dance + "/schedule").then().statusCode(204);
        festival.admin().delete("/api/v1/kalamela/admin/events/" + dance + "/schedule").then().statusCode(404);
    }

    @Test
    void aTeamMemberClashesWithTheirOwnIndividualEventOnAnotherStage() {
        // An edition of its own: the plan's version counts every change of YEAR's schedule, which another test
        // of this class reads.
        int year = 2318;
        festival.currentEdition(year);
        long recitation = festival.individualEvent(year, FestivalSql.unique("Recitation"), null, null);
        long dance = festival.groupEvent(year, FestivalSql.unique("Group dance"), 2, 5, 1);
        long binu = sql.member(unit, "Binu", "F", FestivalApi.JUNIOR);
        long chinnu = sql.member(unit, "Chinnu", "F", FestivalApi.JUNIOR);
        festival.enter(district, recitation, binu).statusCode(201);
        festival.registerTeam(district, dance, unit, List.of(binu, chinnu)).statusCode(201);
        schedule(recitation, Map.of("stageId", stage("Town hall"), "start", NINE));
        schedule(dance, Map.of("stageId", stage("Annex"), "start", "2026-12-10T03:35:00Z"));

        festival.admin().get(SCHEDULE + "/clashes").then().statusCode(200).body("count", equalTo(1))
                .body("clashes[0].kind", equalTo("PARTICIPANT"))
                .body("clashes[0].subjectName", equalTo("Binu"))
                .body("clashes[0].clashKey", equalTo("participant:" + binu + ":" + recitation + "-" + dance));
        festival.admin().body(Map.of("acknowledgements", List.of())).post(SCHEDULE + "/publish").then()
                .statusCode(409).body("code", equalTo("SCHEDULE_CLASHES_UNACKNOWLEDGED"));
    }

    @Test
    void stagesAreEditedDeletedAndCheckedAndBadInputChangesNothing() {
        long town = stage("Town hall");
        long annex = stage("Annex");
        long event = festival.individualEvent(YEAR, FestivalSql.unique("Solo"), null, null);

        festival.admin().body(Map.of("name", "Annex 2", "location", "Church hall", "capacity", 120))
                .put(STAGES + "/" + annex).then().statusCode(200).body("name", equalTo("Annex 2"))
                .body("capacity", equalTo(120));
        festival.admin().body(Map.of("name", "TOWN HALL", "location", "x", "capacity", 1)).post(STAGES).then()
                .statusCode(409).body("code", equalTo("STAGE_NAME_TAKEN"));
        festival.admin().body(Map.of("name", " ", "capacity", 0)).post(STAGES).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("name", "location", "capacity"));
        festival.admin().body(Map.of("stageId", -1, "start", "tomorrow", "minutesPerPerformance", 10,
                        "fixedMinutes", 30)).put("/api/v1/kalamela/admin/events/" + event + "/schedule").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("stageId", "start"));
        festival.admin().body(Map.of("stageId", town, "start", NINE, "minutesPerPerformance", 10,
                        "fixedMinutes", 30)).put("/api/v1/kalamela/admin/events/" + event + "/schedule").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("fixedMinutes"));
        festival.admin().body(Map.of("stageId", 999_999_999L, "start", NINE))
                .put("/api/v1/kalamela/admin/events/" + event + "/schedule").then().statusCode(404);
        festival.admin().body(Map.of("status", "DANCING")).put("/api/v1/kalamela/admin/events/" + event
                + "/stage-status").then().statusCode(400).body("errors.field", containsInAnyOrder("status"));
        festival.admin().queryParam("day", "2026-02-30").get(SCHEDULE + "/clashes").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("day"));
        festival.admin().body(Map.of("acknowledgements", List.of(Map.of("clashKey", "stage:1:1-2", "reason", " "))))
                .post(SCHEDULE + "/publish").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("acknowledgements[0].reason"));
        assertThat(sql.count("SELECT count(*) FROM scheduled_events WHERE edition_year = ?1", YEAR)).isZero();
        assertThat(sql.count("SELECT count(*) FROM stages WHERE edition_year = ?1", YEAR)).isEqualTo(2);

        festival.admin().delete(STAGES + "/" + annex).then().statusCode(204);
        festival.admin().get(STAGES).then().body("id", contains((int) town));
        festival.admin().delete(STAGES + "/" + annex).then().statusCode(404);
    }

    @Test
    void onlyTheAdminPlansAndEveryoneReadsThePublishedSchedule() {
        long town = stage("Town hall");
        long event = festival.individualEvent(YEAR, FestivalSql.unique("Solo"), null, null);
        String eventPath = "/api/v1/kalamela/admin/events/" + event;

        festival.as(district.token()).get(STAGES).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        festival.as(district.token()).body(Map.of("name", "x", "location", "y", "capacity", 1)).post(STAGES).then()
                .statusCode(403);
        festival.as(district.token()).body(Map.of("stageId", town, "start", NINE)).put(eventPath + "/schedule").then()
                .statusCode(403);
        festival.as(district.token()).get(SCHEDULE + "/clashes").then().statusCode(403);
        festival.as(district.token()).body(Map.of("acknowledgements", List.of())).post(SCHEDULE + "/publish").then()
                .statusCode(403);
        festival.as(district.token()).body(Map.of("status", "COMPLETED")).put(eventPath + "/stage-status").then()
                .statusCode(403);
        festival.api().request().get(STAGES).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        festival.api().request().get(SCHEDULE).then().statusCode(401);
        festival.api().request().contentType("application/json").body(Map.of("acknowledgements", List.of()))
                .post(SCHEDULE + "/publish").then().statusCode(401);
        festival.as(district.token()).get(PUBLIC).then().statusCode(200).body("published", equalTo(false));
        assertThat(sql.count("SELECT count(*) FROM schedule_publications WHERE edition_year = ?1", YEAR)).isZero();
        assertThat(sql.count("SELECT count(*) FROM scheduled_events WHERE edition_year = ?1", YEAR)).isZero();
    }
}
