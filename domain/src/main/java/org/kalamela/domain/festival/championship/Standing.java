package org.kalamela.domain.festival.championship;

import java.util.List;
import java.util.Objects;

/**
 * One row of a championship table: a unit or district, its place, its points and the scored entries that
 * earned them (those with points; an entry that scored nothing adds nothing to the row).
 */
public record Standing<K>(K contender, int rank, int points, List<ScoredEntry> contributions) {

    public Standing {
        Objects.requireNonNull(contender, "contender");
        contributions = List.copyOf(contributions);
        if (rank < 1 || points < 0) {
            throw new IllegalArgumentException("rank 1 or more, points 0 or more: " + rank + ", " + points);
        }
        if (contributions.stream().mapToInt(ScoredEntry::points).sum() != points) {
            throw new IllegalArgumentException("a standing's points are the sum of its contributions");
        }
    }
}
