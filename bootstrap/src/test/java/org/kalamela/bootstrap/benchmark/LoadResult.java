package org.kalamela.bootstrap.benchmark;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one scenario measured: the requests completed in the measured window, how many were not 2xx, and the
 * latency distribution (nearest-rank percentiles of the sorted latencies), and the time the JVM's garbage
 * collectors reported meanwhile (the server and the load generator share the JVM).
 */
public record LoadResult(String scenario, int threads, int requests, int failures, double seconds,
                         double p50Millis, double p95Millis, double p99Millis, double maxMillis, long gcMillis) {

    static LoadResult of(String scenario, int threads, long[] latenciesNanos, int failures, long elapsedNanos,
                         long gcMillis) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new LoadResult(scenario, threads, sorted.length, failures, elapsedNanos / 1e9,
                millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
                millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), gcMillis);
    }

    public double throughputPerSecond() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |",
                scenario, threads, requests, seconds, throughputPerSecond(), p50Millis, p95Millis, p99Millis, maxMillis,
                gcMillis);
    }

    static String markdownHeader() {
        return "| scenario | threads | requests | seconds | req/s | p50 ms | p95 ms | p99 ms | max ms | GC ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
