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
 * The official's lists stay cheap as an edition grows: the events overview, an event's eligible members
 * (explained), the district's entries, its fees preview (dues from one count) and its printable form run the
 * same number of SQL statements (Hibernate's count of
 * prepared statements) at 10 entries as at 1,000, with ten times the events, members and teams.
 */
@QuarkusTest
class ListStatementCountTest {

    private static final int YEAR = 2295;
    private static final Logger LOG = Logger.getLogger(ListStatementCountTest.class);

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long statementsOf(String token, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        festival.as(token).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** The statements of each list on an instance that has served them once (its caches warm, ADR-20). */
    private Map<String, Long> statements(FestivalApi.District district, long event) {
        counts(district, event);
        return counts(district, event);
    }

    private Map<String, Long> counts(FestivalApi.District district, long event) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("events overview", statementsOf(district.token(), "/api/v1/kalamela/official/events"));
        counts.put("eligible members", statementsOf(district.token(), "/api/v1/kalamela/official/events/" + event
                + "/eligible-members?explain=true"));
        counts.put("entries", statementsOf(district.token(), "/api/v1/kalamela/official/entries"));
        counts.put("fees preview", statementsOf(district.token(), "/api/v1/kalamela/official/preview"));
        counts.put("printable form", statementsOf(district.token(), "/api/v1/kalamela/official/print"));
        return counts;
    }

    @Test
    void theOfficialsListsRunAFixedNumberOfStatements() {
        festival.currentEdition(YEAR);
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        List<Long> events = List.of(festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null),
                festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null),
                festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null),
                festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null),
                festival.individualEvent(YEAR, FestivalSql.unique("Counted"), null, null));
        long group = festival.groupEvent(YEAR, FestivalSql.unique("Counted group"), 2, 10, 50);
        List<Long> members = sql.members(unit, "Member", "F", FestivalApi.JUNIOR, 5);
        for (int i = 0; i < members.size(); i++) {
            festival.enter(district, events.get(i), members.get(i)).statusCode(201);
            festival.enter(district, events.get((i + 1) % events.size()), members.get(i)).statusCode(201);
        }
        festival.registerTeam(district, group, unit, sql.members(unit, "Singer", "F", FestivalApi.JUNIOR, 2))
                .statusCode(201);
        assertThat(sql.count("SELECT count(*) FROM individual_entries WHERE district_id = ?1", district.id()))
                .isEqualTo(10);
        Map<String, Long> small = statements(district, events.get(0));

        grow(district, unit, group);
        assertThat(sql.count("SELECT count(*) FROM individual_entries WHERE district_id = ?1", district.id()))
                .isEqualTo(1000);
        Map<String, Long> large = statements(district, events.get(0));

        LOG.infof("Statements per list at 10 entries: %s; at 1,000 entries: %s", small, large);
        assertThat(large).isEqualTo(small);
        // The printable form reads the district's entries and teams as the entries list does, plus its fees preview.
        assertThat(small).allSatisfy((list, count) -> assertThat(count)
                .isBetween(1L, list.equals("printable form") ? 6L : 5L));
    }

    /**
     * Adds, with a few set-based statements: 45 more events, 198 more members each entered in five events
     * (990 entries) with chest numbers, and 20 teams of five.
     */
    private void grow(FestivalApi.District district, long unit, long group) {
        sql.execute("""
                INSERT INTO festival_events (edition_year, name, kind, category, short_code)
                SELECT ?1, 'Bulk event ' || n, 'INDIVIDUAL', 'LITERARY_EVENTS', 'BULK' || n
                FROM generate_series(1, 45) n""", YEAR);
        sql.members(unit, "Bulk member", "M", FestivalApi.SENIOR, 198);
        sql.execute("""
                INSERT INTO individual_entries (edition_year, event_id, member_id, district_id, seniority,
                                                registered_by, registered_at)
                SELECT ?1, e.id, m.id, ?2, 'SENIOR', (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM members
                      WHERE unit_id = ?3 AND name LIKE 'Bulk member %') m
                CROSS JOIN generate_series(0, 4) k
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS j FROM festival_events
                      WHERE edition_year = ?1 AND name LIKE 'Bulk event %') e ON e.j = (m.i + k * 9) % 45""",
                YEAR, district.id(), unit);
        sql.execute("""
                INSERT INTO chest_numbers (edition_year, number, member_id)
                SELECT ?1, 2500 + row_number() OVER (ORDER BY id), id FROM members
                WHERE unit_id = ?2 AND name LIKE 'Bulk member %'""", YEAR, unit);
        sql.execute("""
                INSERT INTO teams (edition_year, event_id, code_prefix, team_number, district_id, unit_id,
                                   registered_by, registered_at)
                SELECT ?1, ?2, e.short_code, 100 + n, ?3, ?4, (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                FROM generate_series(1, 20) n JOIN festival_events e ON e.id = ?2""", YEAR, group, district.id(),
                unit);
        sql.execute("""
                INSERT INTO team_members (team_id, event_id, member_id)
                SELECT t.id, t.event_id, m.id
                FROM (SELECT id, event_id, row_number() OVER (ORDER BY id) - 1 AS i FROM teams
                      WHERE event_id = ?1 AND team_number > 100) t
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS j FROM members
                      WHERE unit_id = ?2 AND name LIKE 'Bulk member %') m ON m.j / 5 = t.i""", group, unit);
    }
}
