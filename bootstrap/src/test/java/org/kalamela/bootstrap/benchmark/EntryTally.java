package org.kalamela.bootstrap.benchmark;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the answers to entry requests by status and error code. The limits' refusals (409
 * DISTRICT_EVENT_LIMIT, MEMBER_EVENT_LIMIT) are the business working, not failures; any other refusal is
 * returned as a negative status, so the runner counts it as a failure.
 */
final class EntryTally {

    static final int EXPECTED_REFUSAL = 409;
    private static final Set<String> LIMITS = Set.of("DISTRICT_EVENT_LIMIT", "MEMBER_EVENT_LIMIT");

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    int record(HttpResponse<String> response) {
        int status = response.statusCode();
        String code = status == 201 ? "" : " " + BenchmarkHttp.field(response.body(), "code");
        counts.computeIfAbsent(status + code, key -> new AtomicInteger()).incrementAndGet();
        if (status == 201 || status == EXPECTED_REFUSAL && LIMITS.contains(code.trim())) {
            return status;
        }
        return -status;
    }

    static boolean accepted(int status) {
        return status == 201 || status == EXPECTED_REFUSAL;
    }

    Map<String, Integer> counts() {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.get()));
        return sorted;
    }
}
