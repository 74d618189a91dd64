package org.kalamela.application.festival.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.festival.schedule.StageId;

/**
 * Groups a schedule's events per day and stage. Without a day, an event is listed on the day it starts; asked
 * for a day, every event running on it is listed (one that runs past midnight is on both days).
 */
final class StageDays {

    /** How to read an event of the list. */
    record Reading<T>(Function<T, Slot> slot, Function<T, String> stageName, Function<T, String> stageLocation) {
    }

    private record Key(LocalDate day, StageId stage) {
    }

    private StageDays() {
    }

    static <T> List<StageDay<T>> group(List<T> events, Optional<ScheduleDay> day, Optional<StageId> stage,
                                       Reading<T> reading) {
        Map<Key, List<T>> byDayAndStage = new LinkedHashMap<>();
        Map<StageId, T> sample = new LinkedHashMap<>();
        for (T event : events) {
            Slot slot = reading.slot().apply(event);
            if (stage.map(one -> one.equals(slot.stage())).orElse(true)
                    && day.map(one -> one.holds(slot)).orElse(true)) {
                LocalDate date = day.map(ScheduleDay::date).orElseGet(() -> ScheduleDay.containing(slot.start()).date());
                byDayAndStage.computeIfAbsent(new Key(date, slot.stage()), key -> new ArrayList<>()).add(event);
                sample.putIfAbsent(slot.stage(), event);
            }
        }
        List<StageDay<T>> days = new ArrayList<>();
        byDayAndStage.forEach((key, list) -> {
            T any = sample.get(key.stage());
            List<T> byStart = new ArrayList<>(list);
            byStart.sort(Comparator.comparing(event -> reading.slot().apply(event).start()));
            days.add(new StageDay<>(key.day(), key.stage(), reading.stageName().apply(any),
                    reading.stageLocation().apply(any), byStart));
        });
        days.sort(Comparator.<StageDay<T>, LocalDate>comparing(StageDay::day).thenComparing(StageDay::stageName)
                .thenComparingLong(one -> one.stage().value()));
        return days;
    }
}
