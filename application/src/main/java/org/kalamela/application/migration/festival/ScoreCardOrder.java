package org.kalamela.application.migration.festival;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The order the events' score cards are loaded in, so that their results take their numbers in the same order
 * in every run: by the event's first score card (the old app's order of scoring; cards without a time last),
 * then by the lowest old id.
 */
final class ScoreCardOrder {

    private ScoreCardOrder() {
    }

    static <R> Comparator<List<R>> of(Function<R, Instant> addedOn, ToLongFunction<R> id) {
        Comparator<List<R>> byTime = Comparator.comparing(cards -> cards.stream().map(addedOn)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(Instant.MAX));
        return byTime.thenComparingLong(cards -> cards.stream().mapToLong(id).min().orElseThrow());
    }
}
