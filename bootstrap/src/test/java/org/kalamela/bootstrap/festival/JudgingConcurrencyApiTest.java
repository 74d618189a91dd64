package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Judging under concurrency, against PostgreSQL: two admins publishing the same result at once give it one
 * result number; two judges submitting the panel's last sheets at the same moment compute the result once (and
 * do compute it). Publishing and computing cost the same number of statements for 2 entries as for 4.
 */
@QuarkusTest
class JudgingConcurrencyApiTest {

    private final FestivalApi festival = new FestivalApi();
    private final Api api = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    JudgingFlowPorts ports;

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private AccountId admin() {
        return AccountId.of(sql.ids("SELECT id FROM accounts WHERE username = 'admin'").get(0));
    }

    private static String sheet(long event) {
        return "/api/v1/judging/events/" + event + "/sheet";
    }

    /** Runs the calls at the same moment, each on a thread of its own, and returns their responses. */
    private static List<Response> atOnce(List<Supplier<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Supplier<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.get();
                }));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The essay (Anil, Beena) drawn and marked by two judges whose sheets are saved, not submitted. */
    private List<String> essayMarkedByTwo(ResultsScene scene) {
        ports.draw(scene.year, scene.essayEvent, false, List.of(scene.anilEssay, scene.beenaEssay), admin());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JudgeAccounts.Judge judge = JudgeAccounts.create(api, festival.adminToken());
            ports.seat(scene.essayEvent, judge.id(), admin());
            String token = judge.token();
            api.as(token).body(Map.of("marks", List.of(Map.of("codeLetter", "A", "criterion", 1, "mark", 70 + i),
                    Map.of("codeLetter", "B", "criterion", 1, "mark", 60)))).put(sheet(scene.essayEvent)).then()
                    .statusCode(200);
            tokens.add(token);
        }
        return tokens;
    }

    @Test
    void two_judges_submitting_the_last_sheets_at_the_same_moment_compute_the_result_once() throws Exception {
        for (int round = 0; round < 3; round++) {
            ResultsScene scene = new ResultsScene(2420 + round, festival, sql, accounts);
            List<String> tokens = essayMarkedByTwo(scene);

            List<Response> responses = atOnce(tokens.stream().<Supplier<Response>>map(token ->
                    () -> api.as(token).post(sheet(scene.essayEvent) + "/submit")).toList());

            assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
            List<Object[]> result = sql.rows("SELECT state, tabulated_at = (SELECT max(submitted_at) FROM judge_sheets"
                    + " WHERE event_id = ?1) FROM event_results WHERE event_id = ?1", scene.essayEvent);
            assertThat(result).singleElement().satisfies(row -> assertThat(row).containsExactly("TABULATED", true));
            assertThat(sql.rows("SELECT mark, rank FROM entry_results WHERE event_id = ?1 ORDER BY code_letter",
                    scene.essayEvent)).extracting(row -> row[0].toString() + "/" + row[1])
                    .containsExactly("70.50/1", "60.00/2");
        }
    }

    @Test
    void two_admins_publishing_the_same_result_at_once_give_it_one_result_number() throws Exception {
        ResultsScene scene = new ResultsScene(2430, festival, sql, accounts);
        List<String> tokens = essayMarkedByTwo(scene);
        tokens.forEach(token -> api.as(token).post(sheet(scene.essayEvent) + "/submit").then().statusCode(200));
        String publish = "/api/v1/kalamela/admin/events/" + scene.essayEvent + "/result/publish";
        String otherAdmin = TestAccounts.unique("admin");
        accounts.admin(otherAdmin, "Other-Admin-Password-1");
        String otherToken = api.accessToken(otherAdmin, "Other-Admin-Password-1");

        List<Response> responses = atOnce(List.of(() -> festival.admin().post(publish),
                () -> api.as(otherToken).post(publish)));

        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(sql.count("SELECT result_number FROM event_results WHERE event_id = ?1", scene.essayEvent))
                .isEqualTo(1);
        assertThat(sql.count("SELECT last_number FROM result_number_counters WHERE edition_year = ?1", scene.year))
                .isEqualTo(1);
    }

    private long statements(Supplier<Response> call) {
        Statistics statistics = sessionFactory.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        call.get().then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void computing_and_publishing_cost_the_same_statements_for_two_entries_as_for_four() {
        ResultsScene scene = new ResultsScene(2440, festival, sql, accounts);
        ports.draw(scene.year, scene.essayEvent, false, List.of(scene.anilEssay, scene.beenaEssay), admin());
        ports.draw(scene.year, scene.lightEvent, false,
                List.of(scene.anilLight, scene.bijuLight, scene.cyrilLight, scene.danyLight), admin());
        JudgeAccounts.Judge judge = JudgeAccounts.create(api, festival.adminToken());
        ports.seat(scene.essayEvent, judge.id(), admin());
        ports.seat(scene.lightEvent, judge.id(), admin());
        String token = judge.token();
        api.as(token).body(Map.of("marks", List.of(Map.of("codeLetter", "A", "criterion", 1, "mark", 70),
                Map.of("codeLetter", "B", "criterion", 1, "mark", 60)))).put(sheet(scene.essayEvent)).then()
                .statusCode(200);
        api.as(token).body(Map.of("marks", List.of(Map.of("codeLetter", "A", "criterion", 1, "mark", 70),
                Map.of("codeLetter", "B", "criterion", 1, "mark", 60), Map.of("codeLetter", "C", "criterion", 1,
                        "mark", 50), Map.of("codeLetter", "D", "criterion", 1, "mark", 40))))
                .put(sheet(scene.lightEvent)).then().statusCode(200);

        long computeTwo = statements(() -> api.as(token).post(sheet(scene.essayEvent) + "/submit"));
        long computeFour = statements(() -> api.as(token).post(sheet(scene.lightEvent) + "/submit"));
        long publishTwo = statements(() -> festival.admin()
                .post("/api/v1/kalamela/admin/events/" + scene.essayEvent + "/result/publish"));
        long publishFour = statements(() -> festival.admin()
                .post("/api/v1/kalamela/admin/events/" + scene.lightEvent + "/result/publish"));

        assertThat(computeFour).isEqualTo(computeTwo);
        assertThat(publishFour).isEqualTo(publishTwo);
    }
}
