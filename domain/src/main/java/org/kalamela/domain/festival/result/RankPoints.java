package org.kalamela.domain.festival.result;

import java.util.List;
import org.kalamela.domain.festival.edition.FestivalRules;

/**
 * The points a rank is worth by the edition's rule (by default 1st 5, 2nd 3, 3rd 1, later ranks nothing).
 * Shared ranks each get the rank's full points: two firsts get 5 each, and the next entry, 3rd, gets 1.
 */
public final class RankPoints {

    private final FestivalRules rules;

    public RankPoints(FestivalRules rules) {
        this.rules = rules;
    }

    public int pointsFor(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + rank);
        }
        List<Integer> points = rules.rankPoints();
        return rank <= points.size() ? points.get(rank - 1) : 0;
    }
}
