package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.Awaiting;
import org.kalamela.bootstrap.support.OutsideWrites;

/**
 * Another instance's write reaches this one's cache (ADR-20): the write commits on a connection of its own, as
 * another instance's would (not through this application, whose own transactions this instance counts
 * anyway), and the change signal it sends from its transaction is what makes this instance read it; until
 * then this instance served the public read from memory without a statement.
 */
@QuarkusTest
class PublicReadsSignalApiTest {

    private static final int YEAR = 2312;
    private static final String MINIMUM = """
            UPDATE editions SET rules = jsonb_set(rules, '{kalaprathibhaMinimumEvents}', to_jsonb(?::integer))
            WHERE year = ?""";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    ChangeSignals signals;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    OutsideWrites outside;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    @Test
    void anotherInstancesCommittedChangeIsServedOnceItsSignalIsHeardAndARolledBackOneNever() {
        festival.currentEdition(YEAR);
        Awaiting.settled(signals);
        assertThat(minimumEvents()).isEqualTo(2);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertThat(minimumEvents()).isEqualTo(2);
        assertThat(statistics.getPrepareStatementCount()).as("statements of a read served from memory").isZero();

        outside.rollBack(MINIMUM, 3, YEAR);
        assertThat(minimumEvents()).isEqualTo(2);
        outside.commitAndHear(ChangeTopic.EDITIONS, MINIMUM, 4, YEAR);

        assertThat(minimumEvents()).isEqualTo(4);
    }

    private int minimumEvents() {
        return anyone.request().get("/api/v1/kalamela/kalaprathibha").then().statusCode(200)
                .extract().path("minimumEvents");
    }
}
