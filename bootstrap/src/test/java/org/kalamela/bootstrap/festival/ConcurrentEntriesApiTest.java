package org.kalamela.bootstrap.festival;

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
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Entries racing each other over HTTP: limits and chest numbers hold because each use case locks its scope
 * in its one transaction, backed by the schema's keys. After each race every invariant is checked with SQL
 * ({@link FestivalInvariants}). The edition is this test's own, so its chest-number series must be gapless.
 */
@QuarkusTest
class ConcurrentEntriesApiTest {

    private static final int YEAR = 2290;
    private static final int THREADS = 32;
    private static final Logger LOG = Logger.getLogger(ConcurrentEntriesApiTest.class);

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @BeforeEach
    void edition() {
        festival.currentEdition(YEAR);
    }

    @AfterEach
    void invariantsHoldAndNoEditionStaysCurrent() {
        new FestivalInvariants(sql).check(YEAR);
        sql.clearCurrentEdition();
    }

    /** Fires every call at once (they wait at a gate until all are ready) and returns the answers in order. */
    private static List<Response> race(String what, List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, calls.size()));
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            long start = System.nanoTime();
            gate.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.infof("%s: %d requests on %d threads in %d ms (%.0f requests/s); statuses %s", what, calls.size(),
                    Math.min(THREADS, calls.size()), millis, calls.size() * 1000.0 / Math.max(1, millis),
                    answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting())));
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Response> entry(FestivalApi.District district, long event, long member) {
        return () -> festival.as(district.token()).body(Map.of("eventId", event, "memberId", member))
                .post("/api/v1/kalamela/official/individual-participations");
    }

    private static List<String> codes(List<Response> answers) {
        return answers.stream().filter(answer -> answer.statusCode() != 201)
                .map(answer -> answer.statusCode() + " " + answer.jsonPath().getString("code")).toList();
    }

    @Test
    void manyMembersOfADistrictRaceForTwoPlaces() throws Exception {
        FestivalApi.District district = festival.district(sql, accounts);
        List<Long> members = sql.members(sql.unit(district.id(), "Bethel"), "Racer", "F", FestivalApi.JUNIOR, 24);
        long event = festival.individualEvent(YEAR, FestivalSql.unique("Contested solo"), null, null);

        List<Response> answers = race("(a) 24 members of one district, one event",
                members.stream().map(member -> entry(district, event, member)).toList());

        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201)).hasSize(2);
        assertThat(codes(answers)).hasSize(22).containsOnly("409 DISTRICT_EVENT_LIMIT");
        assertThat(sql.count("SELECT count(*) FROM individual_entries WHERE event_id = ?1 AND district_id = ?2",
                event, district.id())).isEqualTo(2);
    }

    @Test
    void hundredsOfFirstEntriesAcrossDistrictsGetUniqueGaplessChestNumbers() throws Exception {
        List<Long> events = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            events.add(festival.individualEvent(YEAR, FestivalSql.unique("Open solo"), null, null));
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (int d = 0; d < 8; d++) {
            FestivalApi.District district = festival.district(sql, accounts);
            long unit = sql.unit(district.id(), "Bethel");
            List<Long> juniors = sql.members(unit, "Junior", "F", FestivalApi.JUNIOR, 18);
            List<Long> seniors = sql.members(unit, "Senior", "M", FestivalApi.SENIOR, 18);
            for (int i = 0; i < 18; i++) {
                calls.add(entry(district, events.get(i / 2), juniors.get(i)));
                calls.add(entry(district, events.get(i / 2), seniors.get(i)));
            }
        }

        List<Response> answers = race("(b) 288 first entries, 8 districts, 9 events", calls);

        assertThat(codes(answers)).isEmpty();
        List<Integer> numbers = answers.stream().map(answer -> answer.jsonPath().getInt("chestNumber")).toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(288);
        assertThat(numbers.stream().filter(number -> number >= 1001 && number <= 1999)).hasSize(144);
        assertThat(numbers.stream().filter(number -> number >= 2001 && number <= 2999)).hasSize(144);
    }

    @Test
    void theSameMemberSentTwiceAtOnceIsEnteredOnce() throws Exception {
        FestivalApi.District district = festival.district(sql, accounts);
        long member = sql.member(sql.unit(district.id(), "Bethel"), "Twice", "M", FestivalApi.SENIOR);
        long event = festival.individualEvent(YEAR, FestivalSql.unique("Doubled solo"), null, null);

        List<Response> answers = race("(c) one member, one event, 16 times",
                java.util.Collections.nCopies(16, entry(district, event, member)));

        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201)).hasSize(1);
        assertThat(codes(answers)).hasSize(15).containsOnly("409 ALREADY_ENTERED");
        assertThat(sql.count("SELECT count(*) FROM individual_entries WHERE member_id = ?1", member)).isEqualTo(1);
        assertThat(sql.count("SELECT count(*) FROM chest_numbers WHERE member_id = ?1", member)).isEqualTo(1);
    }

    @Test
    void oneMemberRacingIntoEightEventsGetsFiveAndOneChestNumber() throws Exception {
        FestivalApi.District district = festival.district(sql, accounts);
        long member = sql.member(sql.unit(district.id(), "Bethel"), "Eager", "F", FestivalApi.JUNIOR);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(entry(district, festival.individualEvent(YEAR, FestivalSql.unique("Eager solo"), null, null),
                    member));
        }

        List<Response> answers = race("(c) one member, 8 events at once", calls);

        assertThat(answers.stream().filter(answer -> answer.statusCode() == 201)
                .map(answer -> answer.jsonPath().getInt("chestNumber")).distinct()).hasSize(1);
        assertThat(codes(answers)).hasSize(3).containsOnly("409 MEMBER_EVENT_LIMIT");
        assertThat(sql.count("SELECT count(*) FROM chest_numbers WHERE member_id = ?1", member)).isEqualTo(1);
    }
}
