package org.kalamela.bootstrap.conference;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.conference.ConferenceApi.District;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Parallel adds beyond a district's member limit: exactly the limit succeed, the rest are refused with
 * {@code CONFERENCE_MEMBER_LIMIT}, and the database holds exactly the limit afterwards.
 */
@QuarkusTest
class ConferenceLimitsApiTest {

    private static final int LIMIT = 5;
    private static final int REQUESTS = 16;

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    /** Fires every call at once (they wait at a gate until all are ready) and returns the answers. */
    private static List<Response> race(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallel_adds_beyond_the_member_limit_admit_exactly_the_limit() throws Exception {
        ConferenceApi conference = new ConferenceApi(sql, accounts);
        long id = conference.activeConference("Racing conference");
        District adoor = conference.district(1, LIMIT, true);
        List<Long> members = sql.members(adoor.unit(), "Racer", "M", ConferenceApi.BORN, REQUESTS);
        List<Callable<Response>> calls = new ArrayList<>();
        for (long member : members) {
            calls.add(() -> conference.as(adoor.token()).body(Map.of("memberId", member, "foodPreference", "VEG",
                    "accommodation", false)).post("/api/v1/conference/" + id + "/delegates/member"));
        }

        List<Response> answers = race(calls);

        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, (long) LIMIT);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.jsonPath().getString("code"))
                        .isEqualTo("CONFERENCE_MEMBER_LIMIT"));
        assertThat(sql.count("SELECT count(*) FROM conference_delegates WHERE conference_id = ?1 AND district_id = ?2"
                + " AND kind = 'MEMBER'", id, adoor.id())).isEqualTo(LIMIT);
        assertThat(sql.count("SELECT count(*) FROM (SELECT member_id FROM conference_delegates WHERE conference_id = ?1"
                + " GROUP BY member_id HAVING count(*) > 1) twice", id)).isZero();
    }

    @Test
    void parallel_adds_of_one_member_admit_one() throws Exception {
        ConferenceApi conference = new ConferenceApi(sql, accounts);
        long id = conference.activeConference("Racing twice");
        District adoor = conference.district(1, LIMIT, true);
        long anu = conference.member(adoor, "Anu", "F");
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> conference.as(adoor.token()).body(conference.delegate(anu))
                    .post("/api/v1/conference/" + id + "/delegates/member"));
        }

        List<Response> answers = race(calls);

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 201)
                .allSatisfy(answer -> assertThat(answer.jsonPath().getString("code")).isEqualTo("ALREADY_DELEGATE"));
        assertThat(sql.count("SELECT count(*) FROM conference_delegates WHERE conference_id = ?1", id)).isEqualTo(1);
    }
}
