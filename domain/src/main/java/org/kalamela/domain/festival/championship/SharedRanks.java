package org.kalamela.domain.festival.championship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Ranks by a total, highest first, the way DOMAIN.md ranks marks: equal totals share a place and the next
 * place skips as many as shared (1, 1, 3). Items sharing a place keep the given tie order, so the same
 * inputs always give the same list.
 */
public final class SharedRanks {

    private SharedRanks() {
    }

    public static <T> List<Ranked<T>> rank(Collection<T> items, ToIntFunction<T> total, Comparator<T> tieOrder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(total).reversed().thenComparing(tieOrder));
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean sharesAbove = i > 0 && total.applyAsInt(sorted.get(i)) == total.applyAsInt(sorted.get(i - 1));
            int rank = sharesAbove ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked<>(rank, sorted.get(i)));
        }
        return List.copyOf(ranked);
    }
}
