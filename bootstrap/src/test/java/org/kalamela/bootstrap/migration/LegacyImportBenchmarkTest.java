package org.kalamela.bootstrap.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.jobs.ImportLegacyJob;
import org.kalamela.bootstrap.support.Api;

/**
 * How long the legacy import takes on an old database of realistic size (docs/benchmarks.md): 12 districts,
 * 2,400 units with their accounts, registrations, details and officials, 50,000 members, 7,200 councilors,
 * 25 events, 10,000 individual participations and 2,000 group participations, generated in SQL. Run with
 * {@code -Pbenchmark}; measured, never asserted beyond "everything was read".
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(LegacyImportBenchmarkProfile.class)
class LegacyImportBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(LegacyImportBenchmarkTest.class);
    private static final int YEAR = 2026;

    @Inject
    ImportLegacyJob job;

    @Test
    void fiftyThousandMembers() throws Exception {
        LegacyFixtureDatabase old = new LegacyFixtureDatabase("legacy_bench_import");
        old.reset();
        old.execute(GENERATE);
        Api api = Api.newClient();
        Instant now = Instant.now();
        api.as(api.adminToken()).body(Map.of("year", YEAR, "registrationWindow", Map.of("opens",
                now.minus(Duration.ofDays(30)).toString(), "closes", now.plus(Duration.ofDays(30)).toString()),
                "rules", ImportLegacyApiTest.rules())).post("/api/v1/kalamela/editions").then().statusCode(201);
        Path report = Files.createTempFile("legacy-bench", ".json");
        List<String> arguments = List.of("--url", old.url, "--user", old.user, "--password", old.password,
                "--edition", Integer.toString(YEAR), "--report", report.toString());

        long started = System.nanoTime();
        int status = job.run(arguments);
        Duration first = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        int again = job.run(arguments);
        Duration second = Duration.ofNanos(System.nanoTime() - started);

        LOG.infof("legacy import benchmark: first run %s (exit %d), second run %s (exit %d); report %s", first,
                status, second, again, report);
        assertThat(Files.readString(report)).contains("\"read\" : 50000");
    }

    private static final String GENERATE = """
            TRUNCATE auth_app_clergydistrict, auth_app_unitname, auth_app_customuser, auth_app_unitregistrationdata,
                auth_app_unitdetails, auth_app_unitmembers, auth_app_unitofficials, auth_app_unitcouncilor,
                kalamela_individualevent, kalamela_groupevent, kalamela_individualeventparticipation,
                kalamela_groupeventparticipation, kalamela_kalamelaexcludemembers, kalamela_kalamelapayements,
                conference_conference, conference_conferencedelegate, conference_conferencepayment,
                conference_conferenceregistrationdata, kalamela_individualeventscorecard,
                kalamela_groupeventscorecard, kalamela_appeal, kalamela_appealpayements;
            INSERT INTO auth_app_clergydistrict SELECT d, 'Bench District ' || d FROM generate_series(1, 12) d;
            INSERT INTO auth_app_unitname SELECT u, 1 + (u - 1) % 12, 'Bench Unit ' || u FROM generate_series(1, 2400) u;
            INSERT INTO auth_app_customuser (id, password, username, first_name, email, date_joined, phone_number,
                                             user_type, unit_name_id, clergy_district_id)
                SELECT u, 'pbkdf2_sha256$100000$salt$aGFzaA==', 'BENCH/' || u, 'Unit ' || u, 'unit' || u
                       || '@bench.example', '2019-01-01', (8000000000 + u)::text, 2, u, 1 + (u - 1) % 12
                FROM generate_series(1, 2400) u;
            INSERT INTO auth_app_customuser (id, password, username, first_name, email, date_joined, phone_number,
                                             user_type, clergy_district_id)
                SELECT 10000 + d, 'pbkdf2_sha256$100000$salt$aGFzaA==', 'bench.official' || d, 'Official', '',
                       '2019-01-01', (8100000000 + d)::text, 3, d FROM generate_series(1, 12) d;
            INSERT INTO auth_app_unitregistrationdata SELECT u, u, 'Approved' FROM generate_series(1, 2400) u;
            INSERT INTO auth_app_unitdetails SELECT u, u, 2019, 21 FROM generate_series(1, 2400) u;
            INSERT INTO auth_app_unitofficials SELECT u, u, 'President ' || u, (8200000000 + u)::text,
                'Vice ' || u, (8300000000 + u)::text, 'Secretary ' || u, (8400000000 + u)::text, 'Joint ' || u,
                (8500000000 + u)::text, 'Treasurer ' || u, (8600000000 + u)::text FROM generate_series(1, 2400) u;
            INSERT INTO auth_app_unitmembers SELECT m, 1 + (m - 1) % 2400, 'Member ' || m,
                CASE WHEN m % 2 = 0 THEN 'M' ELSE 'F' END, DATE '1992-01-01' + (m % 6900), (9000000000 + m)::text,
                'Degree', 'O+' FROM generate_series(1, 50000) m;
            INSERT INTO auth_app_unitcouncilor SELECT c, 1 + (c - 1) % 2400, c FROM generate_series(1, 7200) c;
            INSERT INTO kalamela_individualevent SELECT e, 'Bench Solo ' || e, 'MUSIC', NULL, now()
                FROM generate_series(1, 20) e;
            INSERT INTO kalamela_groupevent SELECT e, 'Bench Group ' || e, NULL, 8, 1, 2, now()
                FROM generate_series(1, 5) e;
            INSERT INTO kalamela_individualeventparticipation SELECT p, 1 + p % 20, 1 + (p * 7) % 50000, 10001, NULL,
                NULL, now() FROM generate_series(1, 10000) p;
            INSERT INTO kalamela_groupeventparticipation SELECT p + 1, 1 + (p / 4) % 5,
                1 + p / 4 + 2400 * (8 + p % 4), 'BG' || (p / 4), 10001 FROM generate_series(0, 1999) p;
            """;
}
