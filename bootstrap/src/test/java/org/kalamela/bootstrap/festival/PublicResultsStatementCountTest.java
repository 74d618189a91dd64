package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.Awaiting;
import org.kalamela.bootstrap.support.OutsideWrites;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The public reads stay cheap as results are published: each runs the same number of SQL statements
 * (Hibernate's count of prepared statements) with 5 published events as with 45, both when its cache must be
 * rebuilt (a publication just changed the fingerprint) and when it is served from the cache: none at all while
 * the change signals are live (ADR-20).
 */
@QuarkusTest
class PublicResultsStatementCountTest {

    private static final int YEAR = 2310;
    private static final Logger LOG = Logger.getLogger(PublicResultsStatementCountTest.class);
    private static final Map<String, String> READS = Map.of(
            "results", "/api/v1/kalamela/results",
            "unit-wise", "/api/v1/kalamela/results/unit-wise",
            "district-wise", "/api/v1/kalamela/results/district-wise",
            "kalaprathibha", "/api/v1/kalamela/kalaprathibha");

    private static final String CURRENT_EDITION = "/api/v1/kalamela/editions/current";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    ResultsSql results;

    @Inject
    TestAccounts accounts;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ChangeSignals signals;

    @Inject
    OutsideWrites outside;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long statementsOf(Function<RequestSpecification, Response> request) {
        Awaiting.live(signals);
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        request.apply(anyone.request()).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /**
     * Per read: the statements of a rebuild (after a republication, committed as by another instance, touched the
     * fingerprint and was heard) and of a cached read.
     */
    private Map<String, Long> statements(long publishedEvent, int chestNumber) {
        Map<String, Long> counts = new LinkedHashMap<>();
        READS.forEach((name, path) -> {
            outside.commitAndHear(ChangeTopic.RESULTS,
                    "UPDATE event_results SET revision = revision + 1 WHERE event_id = ?", publishedEvent);
            counts.put(name + " rebuilt", statementsOf(request -> request.get(path)));
            counts.put(name + " cached", statementsOf(request -> request.get(path)));
        });
        outside.commitAndHear(ChangeTopic.EDITIONS,
                "UPDATE editions SET registration_closes = registration_closes WHERE year = ?", YEAR);
        counts.put("current edition checked", statementsOf(request -> request.get(CURRENT_EDITION)));
        counts.put("current edition cached", statementsOf(request -> request.get(CURRENT_EDITION)));
        counts.put("find-participant", statementsOf(request -> request.body(Map.of("chestNumber", chestNumber))
                .post("/api/v1/kalamela/find-participant")));
        return counts;
    }

    @Test
    void thePublicReadsRunAFixedNumberOfStatements() {
        festival.currentEdition(YEAR);
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), FestivalSql.unique("Counted"));
        sql.execute("""
                INSERT INTO festival_events (edition_year, name, kind, category, short_code)
                SELECT ?1, 'Results event ' || n, 'INDIVIDUAL', 'LITERARY_EVENTS', 'RES' || n
                FROM generate_series(1, 45) n""", YEAR);
        List<Long> events = sql.ids("SELECT id FROM festival_events WHERE edition_year = ?1 ORDER BY id", YEAR);
        sql.members(unit, FestivalSql.unique("Scored"), "F", FestivalApi.SENIOR, 12);
        sql.execute("""
                INSERT INTO individual_entries (edition_year, event_id, member_id, district_id, seniority,
                                                registered_by, registered_at)
                SELECT ?1, e.id, m.id, ?2, 'SENIOR', (SELECT min(id) FROM accounts WHERE role = 'ADMIN'), now()
                FROM festival_events e CROSS JOIN members m WHERE e.edition_year = ?1 AND m.unit_id = ?3""",
                YEAR, district.id(), unit);
        sql.execute("""
                INSERT INTO chest_numbers (edition_year, number, member_id)
                SELECT ?1, 2000 + row_number() OVER (ORDER BY id), id FROM members WHERE unit_id = ?2""", YEAR, unit);
        int chestNumber = (int) sql.count("SELECT min(number) FROM chest_numbers WHERE edition_year = ?1", YEAR);

        results.publishAll(events.subList(0, 5));
        Map<String, Long> small = statements(events.get(0), chestNumber);
        results.publishAll(events.subList(5, 45));
        assertThat(sql.count("SELECT count(*) FROM entry_results WHERE edition_year = ?1", YEAR)).isEqualTo(540);
        Map<String, Long> large = statements(events.get(0), chestNumber);

        LOG.infof("Statements per public read at 5 published events: %s; at 45: %s", small, large);
        assertThat(large).isEqualTo(small);
        READS.keySet().forEach(name -> {
            assertThat(small.get(name + " cached")).as(name + " cached").isZero();
            assertThat(small.get(name + " rebuilt")).as(name + " rebuilt").isBetween(2L, 3L);
        });
        assertThat(small.get("current edition checked")).isEqualTo(1L);
        assertThat(small.get("current edition cached")).isZero();
        assertThat(small.get("find-participant")).isEqualTo(1L);
    }
}
