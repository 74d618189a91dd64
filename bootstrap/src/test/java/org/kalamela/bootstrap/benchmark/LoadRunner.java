package org.kalamela.bootstrap.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Fires requests from a fixed number of client threads, each in a closed loop (the next request leaves when
 * the previous answer is in), after a warm-up that is not recorded. A run is bounded twice: it stops after
 * {@code maxRequests} in all or when {@code maxSeconds} have passed, whichever comes first.
 */
final class LoadRunner {

    /** One request of client {@code thread}; returns the HTTP status. */
    @FunctionalInterface
    interface Call {
        int send(int thread) throws Exception;
    }

    private final int threads;
    private final int warmupPerThread;
    private final int maxRequests;
    private final long maxNanos;
    private final IntPredicate succeeded;

    LoadRunner(int threads, int warmupPerThread, int maxRequests, int maxSeconds) {
        this(threads, warmupPerThread, maxRequests, maxSeconds, status -> status >= 200 && status <= 299);
    }

    /** With {@code succeeded} naming the statuses that are not failures (business refusals a scenario expects). */
    LoadRunner(int threads, int warmupPerThread, int maxRequests, int maxSeconds, IntPredicate succeeded) {
        this.succeeded = succeeded;
        this.threads = threads;
        this.warmupPerThread = warmupPerThread;
        this.maxRequests = maxRequests;
        this.maxNanos = TimeUnit.SECONDS.toNanos(maxSeconds);
    }

    int warmupRequests() {
        return threads * warmupPerThread;
    }

    LoadResult run(String scenario, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch warm = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger issued = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            long[] startedAt = new long[1];
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < warmupPerThread; i++) {
                        call.send(thread);
                    }
                    warm.countDown();
                    start.await();
                    return measure(call, thread, startedAt[0], issued, failures);
                }));
            }
            warm.await();
            long gcBefore = gcMillis();
            startedAt[0] = System.nanoTime();
            start.countDown();
            List<long[]> perThread = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                perThread.add(worker.get());
            }
            long elapsed = System.nanoTime() - startedAt[0];
            return LoadResult.of(scenario, threads, concat(perThread), failures.get(), elapsed, gcMillis() - gcBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] measure(Call call, int thread, long startedAt, AtomicInteger issued, AtomicInteger failures)
            throws Exception {
        long[] latencies = new long[maxRequests];
        int count = 0;
        while (System.nanoTime() - startedAt < maxNanos && issued.getAndIncrement() < maxRequests) {
            long before = System.nanoTime();
            int status = call.send(thread);
            latencies[count++] = System.nanoTime() - before;
            if (!succeeded.test(status)) {
                failures.incrementAndGet();
            }
        }
        long[] done = new long[count];
        System.arraycopy(latencies, 0, done, 0, count);
        return done;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
    }

    private static long[] concat(List<long[]> parts) {
        long[] all = new long[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
