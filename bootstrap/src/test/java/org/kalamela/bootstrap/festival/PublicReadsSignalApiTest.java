package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.OutsideWrites;

/**
 * Another instance's write reaches this one's cache (ADR-20): the write commits on a connection of its own, as
 * another instance's would (not through this application, whose own transactions this instance counts
 * anyway), and the change signal it sends from its transaction is what makes this instance read it; until
 * then this instance served the public read from memory without a statement. And the two ways of answering
 * (from memory on the I/O thread, or through JAX-RS after asking the database) send the same bytes and tag.
 */
@QuarkusTest
class PublicReadsSignalApiTest {

    private static final int YEAR = 2315;
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
        outside.commitAndHear(ChangeTopic.EDITIONS, MINIMUM, 2, YEAR);
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

    @Test
    void aReadFromMemoryAndOneFromTheDatabaseSendTheSameBytesAndTagAndAKnownTagIsNotModified() {
        festival.currentEdition(YEAR);
        outside.commitAndHear(ChangeTopic.EDITIONS, MINIMUM, 2, YEAR);
        for (String path : List.of("/api/v1/kalamela/editions/current", "/api/v1/kalamela/results",
                "/api/v1/kalamela/results/unit-wise", "/api/v1/kalamela/results/district-wise",
                "/api/v1/kalamela/kalaprathibha", "/api/v1/kalamela/kalaprabha")) {
            Response checked = anyone.request().get(path);
            Response fromMemory = anyone.request().get(path);

            assertThat(checked.statusCode()).as(path).isEqualTo(200);
            assertThat(fromMemory.statusCode()).as(path).isEqualTo(200);
            assertThat(fromMemory.asByteArray()).as(path).isEqualTo(checked.asByteArray());
            assertThat(fromMemory.header("ETag")).as(path).isEqualTo(checked.header("ETag")).startsWith("\"");
            assertThat(fromMemory.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(fromMemory.contentType()).as(path).startsWith("application/json");
            assertThat(fromMemory.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            anyone.request().header("If-None-Match", "\"other\", " + checked.header("ETag")).get(path).then()
                    .statusCode(304).header("ETag", checked.header("ETag"));
            anyone.request().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        }

        outside.commitAndHear(ChangeTopic.EDITIONS, MINIMUM, 5, YEAR);

        Response changed = anyone.request().get("/api/v1/kalamela/kalaprathibha");
        assertThat(changed.<Integer>path("minimumEvents")).isEqualTo(5);
        anyone.request().header("If-None-Match", changed.header("ETag")).get("/api/v1/kalamela/kalaprathibha")
                .then().statusCode(304);
    }

    private int minimumEvents() {
        return anyone.request().get("/api/v1/kalamela/kalaprathibha").then().statusCode(200)
                .extract().path("minimumEvents");
    }
}
