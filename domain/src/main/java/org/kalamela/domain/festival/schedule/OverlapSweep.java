package org.kalamela.domain.festival.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Finds the overlapping pairs among slots by sorting them by start and sweeping: a slot overlaps exactly the
 * slots still running when it starts. The work is n log n plus the number of overlaps, never all pairs, so a
 * whole edition's plan (45 events, thousands of participants) is checked in milliseconds.
 */
final class OverlapSweep {

    private OverlapSweep() {
    }

    static void forEachOverlap(List<Slot> slots, BiConsumer<Slot, Slot> overlapping) {
        List<Slot> byStart = new ArrayList<>(slots);
        byStart.sort(Comparator.comparing(Slot::start).thenComparing(Slot::end));
        PriorityQueue<Slot> running = new PriorityQueue<>(Comparator.comparing(Slot::end));
        for (Slot next : byStart) {
            while (!running.isEmpty() && !running.peek().end().isAfter(next.start())) {
                running.poll();
            }
            if (next.hasLength()) {
                for (Slot earlier : running) {
                    overlapping.accept(earlier, next);
                }
                running.add(next);
            }
        }
    }
}
