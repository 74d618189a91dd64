package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.participant.ParticipantCache;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.Awaiting;
import org.kalamela.bootstrap.support.JaxRsAnswers;
import org.kalamela.bootstrap.support.OutsideWrites;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Find-participant from memory (ADR-20): once the current edition's registration has settled (closed ten minutes
 * ago, and the instance has seen that window for longer than a transaction may run), an answer is read once and
 * then served without a statement, on the I/O thread when the caller's address has a leased token (ADR-6), until
 * a change of the participants is heard; while officials register, nothing is kept, and the writes of
 * registration announce nothing (V24), so they do not queue on the notification lock.
 */
@QuarkusTest
class FindParticipantFromMemoryApiTest {

    private static final int YEAR = 2350;
    private static final String PATH = "/api/v1/kalamela/find-participant";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    ChangeSignals signals;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    OutsideWrites outside;

    @Inject
    TestClock clock;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
        clock.reset();
    }

    private record Entered(long member, int chestNumber) {
    }

    /** The edition current with registration open, and a member entered in one event. */
    private Entered entered() {
        festival.currentEdition(YEAR);
        window(Instant.now().plus(Duration.ofDays(30)));
        FestivalApi.District district = festival.district(sql, accounts);
        long unit = sql.unit(district.id(), FestivalSql.unique("Tabor"));
        long member = sql.member(unit, FestivalSql.unique("Asha"), "F", FestivalApi.JUNIOR);
        festival.enter(district, festival.individualEvent(YEAR, FestivalSql.unique("Recitation"), null, null), member)
                .statusCode(201);
        int chestNumber = (int) sql.count("SELECT number FROM chest_numbers WHERE member_id = ?1 AND is_current",
                member);
        return new Entered(member, chestNumber);
    }

    private void window(Instant closes) {
        festival.admin().body(Map.of("opens", closes.minus(Duration.ofDays(60)).toString(),
                        "closes", closes.toString()))
                .put("/api/v1/kalamela/editions/" + YEAR + "/registration-window").then().statusCode(200);
    }

    private Response find(int chestNumber) {
        Response response = anyone.request().body(Map.of("chestNumber", chestNumber)).post(PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /**
     * A window closed at once is seen by the instance first: the silent writes in flight then commit within their
     * transaction's timeout, and nothing is kept until the instance has seen the window for longer.
     */
    private void settledAndSeenLongEnough(int chestNumber) {
        window(Instant.now().minus(Duration.ofMinutes(11)));
        Awaiting.settled(signals);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        find(chestNumber);
        find(chestNumber);
        assertThat(statistics.getPrepareStatementCount())
                .as("a window only just seen keeps nothing: the changed edition read once, each answer read")
                .isEqualTo(3);
        clock.advance(ParticipantCache.SEEN_FOR);
    }

    @Test
    void onceRegistrationHasSettledAnAnswerIsReadOnceAndServedFromMemoryWithTheSameBytes() {
        Entered asha = entered();
        settledAndSeenLongEnough(asha.chestNumber());
        Response read = find(asha.chestNumber());
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        int throughJaxRs = JaxRsAnswers.findParticipant();

        List<Response> fromMemory = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fromMemory.add(find(asha.chestNumber()));
        }

        assertThat(statistics.getPrepareStatementCount()).as("statements of answers kept in memory").isZero();
        assertThat(JaxRsAnswers.findParticipant() - throughJaxRs)
                .as("answers through JAX-RS: only those renewing the address's lease (1, 2 and 4 tokens)")
                .isLessThanOrEqualTo(4);
        for (Response kept : fromMemory) {
            assertThat(kept.asByteArray()).isEqualTo(read.asByteArray());
            assertThat(kept.contentType()).startsWith("application/json");
            assertThat(kept.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void aChangeByAnotherInstanceAfterRegistrationIsServedOnceHeard() {
        Entered asha = entered();
        settledAndSeenLongEnough(asha.chestNumber());
        find(asha.chestNumber());
        find(asha.chestNumber());

        String renamed = FestivalSql.unique("Asha Mary");
        outside.commitAndHear(ChangeTopic.PARTICIPANTS, "UPDATE members SET name = ? WHERE id = ?", renamed,
                asha.member());

        assertThat(find(asha.chestNumber()).jsonPath().getList("names")).containsExactly(renamed);
    }

    @Test
    void whileRegistrationHasNotSettledEveryAnswerIsReadFromTheDatabase() {
        Entered asha = entered();
        window(Instant.now().minus(Duration.ofMinutes(9)));
        Awaiting.settled(signals);
        find(asha.chestNumber());
        clock.advance(ParticipantCache.SEEN_FOR.minusSeconds(10));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        find(asha.chestNumber());
        find(asha.chestNumber());

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }

    /** Requests the route does not take (not one question, or no JSON wanted) are JAX-RS's, as documented. */
    @Test
    void whatIsNotOneQuestionForJsonIsAnsweredByJaxRsEvenFromMemory() {
        Entered asha = entered();
        settledAndSeenLongEnough(asha.chestNumber());
        find(asha.chestNumber());

        anyone.request().body(Map.of("chestNumber", asha.chestNumber(), "extra", 1)).post(PATH).then()
                .statusCode(400).contentType("application/problem+json");
        anyone.request().accept("text/html").body(Map.of("chestNumber", asha.chestNumber())).post(PATH).then()
                .statusCode(406);
        anyone.request().contentType("text/plain").body("{\"chestNumber\":" + asha.chestNumber() + "}").post(PATH)
                .then().statusCode(415);
    }

    /**
     * V24's triggers: a write of what find-participant reads announces PARTICIPANTS from ten minutes before the
     * current edition's registration closes (or when none is current), never while it is further from closing;
     * a write of editions always does.
     */
    @Test
    void participantsAreAnnouncedFromTenMinutesBeforeRegistrationClosesOnly() {
        Entered asha = entered();
        String rename = "UPDATE members SET name = name WHERE id = " + asha.member();

        assertThat(outside.announcedBy(rename)).doesNotContain("PARTICIPANTS");

        window(Instant.now().plus(Duration.ofMinutes(9)));
        assertThat(outside.announcedBy(rename)).contains("PARTICIPANTS");

        window(Instant.now().minus(Duration.ofDays(1)));
        assertThat(outside.announcedBy(rename)).contains("PARTICIPANTS");

        sql.clearCurrentEdition();
        assertThat(outside.announcedBy(rename)).contains("PARTICIPANTS");

        assertThat(outside.announcedBy("UPDATE editions SET rules = rules WHERE year = " + YEAR))
                .contains("PARTICIPANTS");
    }
}
