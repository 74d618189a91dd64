package org.kalamela.bootstrap.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The admin's festival set-up over the API, as a diocese would make it: an edition with the 2025-26 rules
 * (but {@code places} entries per district, event and seniority) and a registration window open from 30 days
 * ago to 30 days ahead, made current; its individual events; one district official per district with a
 * one-time password.
 */
final class BenchmarkFestivalApi {

    private static final String[] CATEGORIES = {"MUSIC", "FINE ARTS", "STAGE EVENTS", "LITERARY EVENTS"};

    private final BenchmarkHttp http;
    private final String address;
    private final String adminToken;

    BenchmarkFestivalApi(BenchmarkHttp http, String address, String adminToken) {
        this.http = http;
        this.address = address;
        this.adminToken = adminToken;
    }

    void currentEdition(int year, int places) throws IOException, InterruptedException {
        Instant now = Instant.now();
        String rules = """
                {"juniorBirthDates":{"from":"%s","to":"%s"},"seniorBirthDates":{"from":"%s","to":"2005-01-10"},
                 "maxEntriesPerDistrictPerEvent":%d,"maxIndividualEventsPerMember":5,
                 "juniorChestNumbers":{"start":1001,"end":1999},"seniorChestNumbers":{"start":2001,"end":2999},
                 "maxTeamsPerDistrictPerEvent":2,"individualFee":"50.00","teamFee":"100.00",
                 "conferenceDelegateFee":"300.00","appealFee":"1000.00",
                 "grades":[{"grade":"A","minimumMark":60,"points":5},{"grade":"B","minimumMark":50,"points":3},
                           {"grade":"C","minimumMark":40,"points":1}],
                 "rankPoints":[5,3,1],"appealWindowMinutes":30,"kalaprathibhaMinimumEvents":2,"judgesPerEvent":3,
                 "markAggregation":"MEAN","trimmedMeanMinimumJudges":5}""".formatted(BenchmarkFestival.JUNIOR_FROM,
                BenchmarkFestival.YOUNGEST, BenchmarkFestival.OLDEST, places);
        String edition = String.format(Locale.ROOT, "{\"year\":%d,\"registrationWindow\":{\"opens\":\"%s\","
                + "\"closes\":\"%s\"},\"rules\":%s}", year, now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(30)), rules);
        expect(201, http.post("/api/v1/kalamela/editions", address, adminToken, edition), "edition");
        expect(200, http.post("/api/v1/kalamela/editions/" + year + "/current", address, adminToken, ""), "current");
    }

    /** {@code count} individual events open to every member, spread over the four categories. */
    List<Long> individualEvents(int year, int count) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String body = String.format(Locale.ROOT,
                    "{\"edition\":%d,\"name\":\"Bench solo %02d\",\"category\":\"%s\"}",
                    year, i, CATEGORIES[i % CATEGORIES.length]);
            HttpResponse<String> created = http.post("/api/v1/kalamela/events/individual", address, adminToken, body);
            expect(201, created, "event " + i);
            ids.add(Long.parseLong(BenchmarkHttp.field(created.body(), "id")));
        }
        return ids;
    }

    /** Creates the district's official and returns the one-time password. */
    String official(long district, String username) throws IOException, InterruptedException {
        String body = String.format(Locale.ROOT, "{\"districtId\":%d,\"displayName\":\"Official %s\",\"username\":"
                + "\"%s\",\"delivery\":\"ONE_TIME_PASSWORD\"}", district, username, username);
        HttpResponse<String> created = http.post("/api/v1/admin/district-officials", address, adminToken, body);
        expect(201, created, "official " + username);
        return BenchmarkHttp.field(created.body(), "oneTimePassword");
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
