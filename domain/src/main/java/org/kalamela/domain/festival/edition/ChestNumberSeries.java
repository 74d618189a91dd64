package org.kalamela.domain.festival.edition;

import java.util.Optional;
import org.kalamela.domain.shared.validation.Validation;

/** The chest numbers {@code start..end} (both inclusive) that one seniority draws from. */
public record ChestNumberSeries(int start, int end) {

    public ChestNumberSeries {
        new Validation()
                .check(start >= 1, "start", "must be a positive number")
                .check(end >= start, "end", "must not be below 'start'")
                .throwIfInvalid();
    }

    public boolean contains(ChestNumber number) {
        return number.value() >= start && number.value() <= end;
    }

    public boolean overlaps(ChestNumberSeries other) {
        return other.end >= start && other.start <= end;
    }

    public int size() {
        return end - start + 1;
    }

    /**
     * The number after the last one this series allocated, or empty when the series is used up. A last
     * number below the start (the admin moved the series up after allocations began) continues at the
     * start, so the result always lies inside the series.
     */
    public Optional<ChestNumber> next(Optional<ChestNumber> lastAllocated) {
        long candidate = lastAllocated.map(last -> Math.max((long) start, last.value() + 1L)).orElse((long) start);
        return candidate > end ? Optional.empty() : Optional.of(new ChestNumber((int) candidate));
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
