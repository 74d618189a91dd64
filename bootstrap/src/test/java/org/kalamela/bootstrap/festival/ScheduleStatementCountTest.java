package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The schedule's reads stay cheap as an edition grows: the clash report (one query for the plan with its
 * participants and judges, then the sweep in memory), the admin's schedule and the public schedule run the
 * same number of SQL statements for 2 events and 3 entries as for a real edition's 45 events, 2,000 entries,
 * 6 stages over 3 days and 3 judges per event.
 */
@QuarkusTest
class ScheduleStatementCountTest {

    private static final int YEAR = 2302;
    private static final Logger LOG = Logger.getLogger(ScheduleStatementCountTest.class);

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    ScheduleSql judging;

    @Inject
    TestAccounts accounts;

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long statementsOf(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        festival.admin().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private Map<String, Long> statements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("clash report", statementsOf("/api/v1/kalamela/admin/schedule/clashes"));
        counts.put("clash report of a day", statementsOf("/api/v1/kalamela/admin/schedule/clashes?day=2026-12-11"));
        counts.put("admin schedule", statementsOf("/api/v1/kalamela/admin/schedule"));
        counts.put("public schedule", statementsOf("/api/v1/kalamela/schedule?day=2026-12-10"));
        return counts;
    }

    @Test
    void theClashReportAndTheSchedulesRunAFixedNumberOfStatements() {
        festival.currentEdition(YEAR);
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        long song = festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null);
        long essay = festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null);
        List<Long> members = sql.members(unit, "Member", "F", FestivalApi.JUNIOR, 2);
        festival.enter(district, song, members.get(0)).statusCode(201);
        festival.enter(district, song, members.get(1)).statusCode(201);
        festival.enter(district, essay, members.get(0)).statusCode(201);
        long stage = festival.admin().body(Map.of("name", FestivalSql.unique("Stage"), "location", "Hall",
                "capacity", 100)).post("/api/v1/kalamela/admin/stages").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (long event : List.of(song, essay)) {
            festival.admin().body(Map.of("stageId", stage, "start", "2026-12-10T03:30:00Z"))
                    .put("/api/v1/kalamela/admin/events/" + event + "/schedule").then().statusCode(200);
        }
        long judge = judging.judge("Judge Counted");
        judging.seat(judge, song);
        judging.seat(judge, essay);
        publishAcknowledgingEverything();
        Map<String, Long> small = statements();

        grow(district, unit);
        assertThat(sql.count("SELECT count(*) FROM scheduled_events WHERE edition_year = ?1", YEAR)).isEqualTo(45);
        assertThat(sql.count("""
                SELECT count(*) FROM individual_entries i JOIN scheduled_events s ON s.event_id = i.event_id
                WHERE s.edition_year = ?1""", YEAR)).isEqualTo(2003);
        publishAcknowledgingEverything();
        Map<String, Long> large = statements();

        LOG.infof("Statements at 2 events and 3 entries: %s; at 45 events and 2,003 entries: %s", small, large);
        assertThat(large).isEqualTo(small);
        assertThat(small.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 6L));
    }

    private void publishAcknowledgingEverything() {
        List<Map<String, Object>> clashes = festival.admin().get("/api/v1/kalamela/admin/schedule/clashes").then()
                .statusCode(200).extract().jsonPath().getList("clashes");
        List<Map<String, Object>> acknowledgements = clashes.stream().map(clash -> Map.<String, Object>of(
                "clashKey", clash.get("clashKey"), "reason", "counted")).toList();
        festival.admin().body(Map.of("acknowledgements", acknowledgements))
                .post("/api/v1/kalamela/admin/schedule/publish").then().statusCode(200);
    }

    /**
     * Adds, with a few set-based statements: 43 more events scheduled on 6 stages over 3 days, 400 members each
     * entered in 5 of them (2,000 entries), and 3 judges on each event's panel.
     */
    private void grow(FestivalApi.District district, long unit) {
        sql.execute("""
                INSERT INTO festival_events (edition_year, name, kind, category, short_code)
                SELECT ?1, 'Scheduled bulk ' || n, 'INDIVIDUAL', 'LITERARY_EVENTS', 'SB' || n
                FROM generate_series(1, 43) n""", YEAR);
        sql.execute("""
                INSERT INTO stages (edition_year, name, location, capacity)
                SELECT ?1, 'Bulk stage ' || n, 'Hall', 300 FROM generate_series(1, 6) n""", YEAR);
        sql.execute("""
                INSERT INTO scheduled_events (event_id, edition_year, stage_id, starts_at, minutes_per_performance)
                SELECT e.id, ?1, s.id, TIMESTAMPTZ '2026-12-10 03:30:00+00' + (e.j / 15) * INTERVAL '1 day'
                                      + (e.j % 3) * INTERVAL '3 hours', 5
                FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS j FROM festival_events
                      WHERE edition_year = ?1 AND name LIKE 'Scheduled bulk %') e
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM stages
                      WHERE edition_year = ?1 AND name LIKE 'Bulk stage %') s ON s.k = e.j % 6""", YEAR);
        sql.members(unit, "Bulk member", "M", FestivalApi.SENIOR, 400);
        sql.execute("""
                INSERT INTO individual_entries (edition_year, event_id, member_id, district_id, seniority,
                                                registered_by, registered_at)
                SELECT ?1, e.id, m.id, ?2, 'SENIOR', (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM members
                      WHERE unit_id = ?3 AND name LIKE 'Bulk member %') m
                CROSS JOIN generate_series(0, 4) k
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS j FROM festival_events
                      WHERE edition_year = ?1 AND name LIKE 'Scheduled bulk %') e ON e.j = (m.i + k * 8) % 43""",
                YEAR, district.id(), unit);
        for (int i = 1; i <= 3; i++) {
            long judge = judging.judge("Bulk judge " + i);
            sql.execute("""
                    INSERT INTO judge_sheets (event_id, judge_id, assigned_by, assigned_at)
                    SELECT id, ?2, (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now() FROM festival_events
                    WHERE edition_year = ?1 AND name LIKE 'Scheduled bulk %'""", YEAR, judge);
        }
    }
}
