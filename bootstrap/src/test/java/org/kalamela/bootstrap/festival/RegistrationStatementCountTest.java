package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The SQL statements (Hibernate's count of prepared statements, the session check included) that one entry
 * request runs, the path officials load most while a festival's entries open (docs/benchmarks.md,
 * "Registration: statements per request"): an accepted entry of a member's first event (a new chest number),
 * of their second (the number they hold), and a refusal at the limit of places.
 */
@QuarkusTest
class RegistrationStatementCountTest {

    private static final int YEAR = 2316;
    /*
     * Every entry: the session check, the member, both locks (one statement), the three counts (one statement);
     * the current edition and the event come from the instance's caches (ADR-20). An accepted entry adds its
     * insert and the member's chest number: the number they hold, or else (the first time) the series counter
     * drawn and the drawn number issued unless taken (one insert). Before 7 December 2026 these were 15, 12 and
     * 9 (two lock statements, three counts, a second "already entered?" count before the insert), then 11, 8
     * and 6 until the edition and the event were cached, then 9, 6 and 4 until the drawn number's check and
     * issue became one insert (docs/benchmarks.md, "Registration: statements per request").
     */
    private static final long NEW_NUMBER = 8;
    private static final long HELD_NUMBER = 6;
    private static final long REFUSED = 4;

    private static final Logger LOG = Logger.getLogger(RegistrationStatementCountTest.class);

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

    private long statementsOfEntry(FestivalApi.District district, long event, long member, int status) {
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        festival.enter(district, event, member).statusCode(status);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void anEntryRequestRunsAFixedSmallNumberOfStatements() {
        festival.currentEdition(YEAR);
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), "Bethel");
        long first = festival.individualEvent(YEAR, FestivalSql.unique("Counted entry"), null, null);
        long second = festival.individualEvent(YEAR, FestivalSql.unique("Counted entry"), null, null);
        List<Long> members = sql.members(unit, "Entrant", "F", FestivalApi.JUNIOR, 4);
        // Warms the caches an instance keeps, so that the figures are those of an instance that has served.
        festival.enter(district, first, members.get(0)).statusCode(201);
        festival.enter(district, second, members.get(3)).statusCode(201);

        long newNumber = statementsOfEntry(district, first, members.get(1), 201);
        long heldNumber = statementsOfEntry(district, second, members.get(1), 201);
        // rules2026 allows 2 places per district, event and seniority: members 0 and 1 hold the first event's.
        long refused = statementsOfEntry(district, first, members.get(2), 409);

        LOG.infof("Statements per entry request: new chest number %d, held chest number %d, refused %d",
                newNumber, heldNumber, refused);
        assertThat(newNumber).isEqualTo(NEW_NUMBER);
        assertThat(heldNumber).isEqualTo(HELD_NUMBER);
        assertThat(refused).isEqualTo(REFUSED);
    }

}
