package org.kalamela.bootstrap.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap of this JVM (which runs both the application under test and the load generator) while a
 * scenario runs: the highest used heap seen in samples every few milliseconds, and the bytes all threads
 * allocated meanwhile. Used heap follows the collector's rhythm, so the peak is an upper bound of what the
 * work kept alive; the allocation counts what it produced.
 */
final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 2;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.ThreadMXBean threadBean =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final long allocatedAtStart;
    private final Thread sampler;

    private HeapSampler() {
        allocatedAtStart = allocatedByLiveThreads();
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage first, so the peak is measured from a settled heap. */
    static HeapSampler start() {
        System.gc();
        return new HeapSampler();
    }

    static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    long peakUsedBytes() {
        return peak.get();
    }

    long allocatedBytes() {
        return allocatedByLiveThreads() - allocatedAtStart;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sampler.join();
    }

    private void sample() {
        while (running.get()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long allocatedByLiveThreads() {
        return Arrays.stream(threadBean.getThreadAllocatedBytes(threadBean.getAllThreadIds()))
                .filter(bytes -> bytes > 0).sum();
    }
}
