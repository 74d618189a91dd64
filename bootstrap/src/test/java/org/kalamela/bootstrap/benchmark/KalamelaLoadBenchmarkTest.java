package org.kalamela.bootstrap.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kalamela.domain.identity.password.PasswordHasher;

/**
 * The load harness (docs/benchmarks.md): the real application and PostgreSQL, loaded over HTTP from client
 * threads, figures printed and written to target/benchmarks/results.md. Not part of {@code mvn verify}
 * (tag {@code benchmark}); it asserts only that the answers were 2xx, never how fast they came. The
 * registry is measured at 1,500 and then 15,000 members, to show how each request's work grows with data;
 * the festival's entries and events overview on the same diocese, with one official per district.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(BenchmarkProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KalamelaLoadBenchmarkTest {

    private static final String ADMIN_PASSWORD = "Admin-Test-Password-1";
    private static final String SIGN_IN_PASSWORD = "Bench-Sign-In-Password-7";
    private static final int DISTRICTS = 12;
    private static final int UNITS_PER_DISTRICT = 50;
    private static final int REGISTERED_PER_DISTRICT = 45;
    private static final BenchmarkReport REPORT = new BenchmarkReport();
    private static final int EDITION = 2026;
    private static final int EVENTS = 45;
    private static final int PLACES = 3;
    private static final int ENTRIES = 3_000;
    private static final List<String> OFFICIAL_TOKENS = new ArrayList<>();

    @TestHTTPResource("/")
    URI base;

    @Inject
    BenchmarkDiocese diocese;

    @Inject
    BenchmarkFestival festival;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionFactory sessionFactory;

    @AfterAll
    static void writeReport() {
        REPORT.write();
    }

    @Test
    @Order(1)
    void signIn() throws Exception {
        List<String> accounts = IntStream.rangeClosed(1, 8).mapToObj(i -> "bench-sign-in-" + i).toList();
        diocese.signInAccounts(accounts, SIGN_IN_PASSWORD);
        String stored = hasher.hash(SIGN_IN_PASSWORD);
        long before = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            hasher.verify(SIGN_IN_PASSWORD, stored);
        }
        REPORT.section(String.format(Locale.ROOT, "Sign-in; Argon2id verification alone (in process, one thread)"
                + " %.1f ms", (System.nanoTime() - before) / 20 / 1e6));
        BenchmarkHttp http = new BenchmarkHttp(base);
        for (int threads : new int[] {1, 2, 8}) {
            String scenario = "POST /auth/login";
            measure(new LoadRunner(threads, 3, 100 * threads, 15), scenario, thread ->
                    http.login(BenchmarkHttp.clientAddress(scenario + threads, thread), accounts.get(thread),
                            SIGN_IN_PASSWORD).statusCode());
        }
    }

    @Test
    @Order(2)
    void registryAt1500Members() throws Exception {
        diocese.build(DISTRICTS, UNITS_PER_DISTRICT, REGISTERED_PER_DISTRICT);
        diocese.growMembersTo(1_500);
        registryLists("1,500 members");
    }

    @Test
    @Order(3)
    void registryAt15000Members() throws Exception {
        diocese.growMembersTo(15_000);
        registryLists("15,000 members");
    }

    @Test
    @Order(4)
    void membersExportOf15000Rows() throws Exception {
        BenchmarkHttp http = new BenchmarkHttp(base);
        String address = BenchmarkHttp.clientAddress("export", 0);
        String token = http.accessToken(address, "admin", ADMIN_PASSWORD);
        long bytes = http.download("/api/v1/admin/exports/members", address, token);
        assertThat(bytes).as("export answered 200").isPositive();
        REPORT.section("Members export");
        long settled = HeapSampler.usedHeapAfterGc();
        LoadResult result;
        long peak;
        long allocated;
        try (HeapSampler heap = HeapSampler.start()) {
            result = measure(new LoadRunner(1, 0, 8, 120), "GET /admin/exports/members (15,000 rows)", thread ->
                    http.download("/api/v1/admin/exports/members", address, token) > 0 ? 200 : 500);
            peak = heap.peakUsedBytes();
            allocated = heap.allocatedBytes();
        }
        REPORT.line(String.format(Locale.ROOT, "Export: %d rows, file %.2f MB; heap used after GC before the"
                        + " exports %.1f MB, peak used heap during them %.1f MB (max heap %.0f MB);"
                        + " allocated per export (all threads) %.1f MB",
                diocese.count("SELECT count(*) FROM members"), bytes / 1e6, settled / 1e6, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, allocated / 1e6 / result.requests()));
    }

    /**
     * Every district's official at once, each on its own thread and address, enters members of the district
     * in turn into six events each (the sixth past the five-event limit) until the places run out: from then
     * on most answers are the limits' 409s, counted apart from the 201s and not as failures.
     */
    @Test
    @Order(5)
    void festivalEntriesBy12Officials() throws Exception {
        BenchmarkHttp http = new BenchmarkHttp(base);
        String adminAddress = BenchmarkHttp.clientAddress("festival admin", 0);
        BenchmarkFestivalApi admin = new BenchmarkFestivalApi(http, adminAddress,
                http.accessToken(adminAddress, "admin", ADMIN_PASSWORD));
        admin.currentEdition(EDITION, PLACES);
        List<Long> events = admin.individualEvents(EDITION, EVENTS);
        List<Long> districts = festival.benchDistricts();
        String scenario = "POST /kalamela/official/individual-participations";
        List<List<Long>> members = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            String username = String.format(Locale.ROOT, "bench-official-%02d", d + 1);
            String oneTimePassword = admin.official(districts.get(d), username);
            String address = BenchmarkHttp.clientAddress(scenario, d);
            String token = http.accessToken(address, username, oneTimePassword);
            // A one-time password must be replaced before the official can enter anything.
            HttpResponse<String> changed = http.post("/api/v1/auth/change-password", address, token,
                    "{\"currentPassword\":\"" + oneTimePassword + "\",\"newPassword\":\"Bench-Official-Own-1\"}");
            if (changed.statusCode() != 204) {
                throw new IllegalStateException("password change of " + username + " answered " + changed.statusCode());
            }
            OFFICIAL_TOKENS.add(token);
            members.add(festival.eligibleMembers(districts.get(d)));
        }
        REPORT.section(String.format(Locale.ROOT, "Festival entries: edition %d, %d individual events, %d places per"
                        + " district, event and seniority, %d district officials;"
                        + " %d to %d eligible members per district",
                EDITION, events.size(), PLACES, districts.size(), members.stream().mapToInt(List::size).min().orElse(0),
                members.stream().mapToInt(List::size).max().orElse(0)));
        EntryTally tally = new EntryTally();
        int[] sent = new int[districts.size()];
        measure(new LoadRunner(districts.size(), 5, 300 * districts.size(), 15, EntryTally::accepted), scenario,
                thread -> {
                    int k = sent[thread]++;
                    int member = k / 6;
                    String body = String.format(Locale.ROOT, "{\"eventId\":%d,\"memberId\":%d}",
                            events.get((member * 5 + k % 6) % events.size()),
                            members.get(thread).get(member % members.get(thread).size()));
                    return tally.record(http.post("/api/v1/kalamela/official/individual-participations",
                            BenchmarkHttp.clientAddress(scenario, thread), OFFICIAL_TOKENS.get(thread), body));
                });
        REPORT.line(String.format(Locale.ROOT, "Entry answers (warm-up included): %s; entries in the edition: %d",
                tally.counts(), diocese.count("SELECT count(*) FROM individual_entries WHERE edition_year = "
                        + EDITION)));
    }

    @Test
    @Order(6)
    void festivalEventsOverview() throws Exception {
        int added = festival.topUpEntries(EDITION, PLACES, ENTRIES);
        REPORT.section(String.format(Locale.ROOT, "Festival events overview: %d entries in the edition (%d added"
                        + " by SQL), %d in the first district",
                diocese.count("SELECT count(*) FROM individual_entries WHERE edition_year = " + EDITION), added,
                diocese.count("SELECT count(*) FROM individual_entries WHERE district_id = "
                        + diocese.firstDistrictId())));
        BenchmarkHttp http = new BenchmarkHttp(base);
        String scenario = "GET /kalamela/official/events";
        for (int threads : new int[] {1, 4}) {
            measure(new LoadRunner(threads, 5, 150 * threads, 10), scenario + " (" + ENTRIES + " entries)",
                    thread -> http.get("/api/v1/kalamela/official/events",
                            BenchmarkHttp.clientAddress(scenario + threads, thread), OFFICIAL_TOKENS.get(thread)));
        }
    }

    private void registryLists(String size) throws Exception {
        BenchmarkHttp http = new BenchmarkHttp(base);
        String adminAddress = BenchmarkHttp.clientAddress("admin " + size, 0);
        String token = http.accessToken(adminAddress, "admin", ADMIN_PASSWORD);
        long district = diocese.firstDistrictId();
        REPORT.section(String.format(Locale.ROOT, "Registry at %s: %d members in %d registered units of %d units, %d"
                        + " districts; %d of the first district's women", size,
                diocese.count("SELECT count(*) FROM members"), diocese.count("SELECT count(*) FROM unit_registrations"),
                diocese.count("SELECT count(*) FROM units"), diocese.count("SELECT count(*) FROM districts"),
                diocese.count("SELECT count(*) FROM members m JOIN units u ON u.id = m.unit_id WHERE m.gender = 'F'"
                        + " AND u.district_id = " + district)));
        String dashboard = "/api/v1/admin/dashboard";
        String membersOfDistrict = "/api/v1/admin/members?size=50&gender=F&districtId=" + district;
        String nameSearch = "/api/v1/admin/members?size=50&name=member%2012";
        for (String[] scenario : new String[][] {
                {"GET /admin/dashboard (" + size + ")", dashboard},
                {"GET /admin/members?size=50&gender=F&districtId (" + size + ")", membersOfDistrict},
                {"GET /admin/members?size=50&name=member 12 (" + size + ")", nameSearch}}) {
            for (int threads : new int[] {1, 4}) {
                measure(new LoadRunner(threads, 5, 150 * threads, 10), scenario[0],
                        thread -> http.get(scenario[1], adminAddress, token));
            }
        }
    }

    /**
     * Runs and reports a scenario, with the SQL statements Hibernate prepared per request (warm-up included;
     * Bucket4j's rate-limit statements are not Hibernate's and are not counted).
     */
    private LoadResult measure(LoadRunner runner, String scenario, LoadRunner.Call call) throws Exception {
        long statementsBefore = sessionFactory.getStatistics().getPrepareStatementCount();
        LoadResult result = runner.run(scenario, call);
        long statements = sessionFactory.getStatistics().getPrepareStatementCount() - statementsBefore;
        REPORT.result(result);
        REPORT.line(String.format(Locale.ROOT, "|   ↳ SQL statements per request: %.1f | | | | | | | | | |",
                statements / (double) (result.requests() + runner.warmupRequests())));
        assertThat(result.failures()).as("non-2xx answers in " + result.scenario()).isZero();
        assertThat(result.requests()).as("requests completed in " + result.scenario()).isPositive();
        return result;
    }
}
