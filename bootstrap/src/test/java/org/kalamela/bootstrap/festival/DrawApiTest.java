package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** The draw of an event's order of appearance over HTTP, against PostgreSQL. */
@QuarkusTest
class DrawApiTest {

    /**
     * Registration stays closed once an event of an edition is drawn ({@code REOPEN_AFTER_DRAW}), so each test
     * enters and draws in an edition of its own, taken from 2330 to 2339.
     */
    private static final AtomicInteger EDITIONS = new AtomicInteger(2330);

    private int year;

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    ScheduleSql accountsSql;

    @Inject
    JudgingPorts judging;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private long solo;
    private List<Integer> chestNumbers;

    @BeforeEach
    void an_event_with_three_entries() {
        year = EDITIONS.getAndIncrement();
        festival.currentEdition(year);
        district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        solo = festival.individualEvent(year, FestivalSql.unique("Drawn solo"), null, null);
        chestNumbers = List.of(
                enter(sql.member(unit, "അനു Mathew", "F", FestivalApi.JUNIOR)),
                enter(sql.member(unit, "Kiran", "M", FestivalApi.JUNIOR)),
                enter(sql.member(unit, "Meera", "F", FestivalApi.SENIOR)));
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private int enter(long member) {
        return festival.enter(district, solo, member).statusCode(201).extract().path("chestNumber");
    }

    private String draw(long event) {
        return "/api/v1/kalamela/admin/events/" + event + "/draw";
    }

    @Test
    void the_admin_draws_reads_and_redraws_until_a_mark_locks_the_draw() {
        JsonPath before = festival.admin().get(draw(solo)).then().statusCode(200).extract().jsonPath();
        assertThat(before.getBoolean("drawn")).isFalse();
        assertThat(before.getInt("notDrawn")).isEqualTo(3);
        assertThat(before.getString("seed")).isNull();
        festival.closeRegistration(year);

        JsonPath drawn = festival.admin().post(draw(solo)).then().statusCode(200).extract().jsonPath();

        String seed = drawn.getString("seed");
        assertThat(seed).matches("[0-9a-f]{64}");
        assertThat(drawn.getList("appearances.codeLetter", String.class)).containsExactly("A", "B", "C");
        assertThat(drawn.getList("appearances.number", String.class))
                .containsExactlyInAnyOrderElementsOf(chestNumbers.stream().map(String::valueOf).toList());
        assertThat(drawn.getList("appearances.names", String.class))
                .containsExactlyInAnyOrder("അനു Mathew", "Kiran", "Meera");
        assertThat(drawn.getList("appearances.unit", String.class)).containsOnly("Bethel");
        assertThat(drawn.getList("appearances.district", String.class)).containsOnly(district.name());
        assertThat(festival.admin().get(draw(solo)).then().statusCode(200).extract().path("seed").toString())
                .isEqualTo(seed);
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'ORDER_OF_APPEARANCE_DRAWN'"
                + " AND target_id = ?1 AND CAST(details AS text) LIKE ?2", Long.toString(solo), "%" + seed + "%"))
                .isEqualTo(1);

        String again = festival.admin().post(draw(solo)).then().statusCode(200).extract().path("seed");
        assertThat(again).isNotEqualTo(seed);

        long judge = accountsSql.judge("Draw Judge");
        judging.panel(solo, accounts.idOf("admin").value(), List.of(judge));
        judging.mark(solo, judge, "A", "61.50");

        festival.admin().post(draw(solo)).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DRAW_LOCKED"));
        assertThat(festival.admin().get(draw(solo)).then().statusCode(200).extract().path("seed").toString())
                .isEqualTo(again);
    }

    @Test
    void an_event_is_not_drawn_while_registration_is_open_and_the_refusal_draws_nothing() {
        festival.admin().post(draw(solo)).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DRAW_BEFORE_REGISTRATION_CLOSED"));

        assertThat(festival.admin().get(draw(solo)).then().statusCode(200).extract().jsonPath().getBoolean("drawn"))
                .isFalse();
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'ORDER_OF_APPEARANCE_DRAWN'"
                + " AND target_id = ?1", Long.toString(solo))).isZero();
        festival.closeRegistration(year);
        festival.admin().post(draw(solo)).then().statusCode(200);
    }

    @Test
    void registration_reopens_for_a_late_entry_until_a_judge_marks() {
        String window = "/api/v1/kalamela/editions/" + year + "/registration-window";
        festival.closeRegistration(year);
        festival.admin().post(draw(solo)).then().statusCode(200);
        festival.admin().body(FestivalApi.openWindow()).put(window).then().statusCode(200);
        festival.closeRegistration(year);
        festival.admin().post(draw(solo)).then().statusCode(200);
        long judge = accountsSql.judge("Window Judge");
        judging.panel(solo, accounts.idOf("admin").value(), List.of(judge));
        judging.mark(solo, judge, "B", "70.00");
        String closes = festival.admin().get("/api/v1/kalamela/editions/" + year).then().statusCode(200).extract()
                .path("registrationWindow.closes");

        festival.admin().body(FestivalApi.openWindow()).put(window).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("REOPEN_AFTER_MARKS"));

        festival.admin().get("/api/v1/kalamela/editions/" + year).then().statusCode(200)
                .body("registrationWindow.closes", equalTo(closes));
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'REGISTRATION_WINDOW_CHANGED'"
                + " AND target_id = ?1", Integer.toString(year))).isEqualTo(3);
    }

    @Test
    void an_event_without_entries_has_nothing_to_draw_and_refusals_are_problems() {
        long empty = festival.individualEvent(year, FestivalSql.unique("Empty solo"), null, null);
        festival.closeRegistration(year);

        festival.admin().post(draw(empty)).then().statusCode(409).body("code", equalTo("NOTHING_TO_DRAW"));
        festival.admin().post(draw(987_654_321L)).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.admin().get(draw(0)).then().statusCode(404);
        festival.as(district.token()).post(draw(solo)).then().statusCode(403);
        festival.as(district.token()).get(draw(solo)).then().statusCode(403);
        RestAssured.given().post(draw(solo)).then().statusCode(401);
        assertThat(sql.count("SELECT count(*) FROM event_draws WHERE event_id IN (?1, ?2)", solo, empty)).isZero();
    }

    @Test
    void teams_are_drawn_by_their_codes_with_their_members() {
        long group = festival.groupEvent(year, FestivalSql.unique("Drawn group"), 2, 3, 2);
        long unit = sql.unit(district.id(), "Carmel");
        festival.registerTeam(district, group, unit, sql.members(unit, "Singer", "F", FestivalApi.JUNIOR, 2))
                .statusCode(201);
        festival.registerTeam(district, group, unit, sql.members(unit, "Dancer", "M", FestivalApi.JUNIOR, 2))
                .statusCode(201);
        festival.closeRegistration(year);

        JsonPath drawn = festival.admin().post(draw(group)).then().statusCode(200).extract().jsonPath();

        assertThat(drawn.getList("appearances.number", String.class)).hasSize(2).allMatch(code -> code.matches(
                "[A-Z0-9]+-[12]"));
        assertThat(drawn.getList("appearances.names", String.class)).hasSize(2)
                .allMatch(names -> names.contains(", "));
        assertThat(drawn.getList("appearances.unit", String.class)).containsOnly("Carmel");
    }
}
