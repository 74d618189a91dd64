package org.kalamela.domain.festival.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * Ranks within an event by mark, highest first: equal marks share a rank and the next rank skips as many
 * places as were shared (1, 1, 3; three tied at 3 are all 3rd and the next is 6th).
 */
public final class Ranking {

    private Ranking() {
    }

    /** The rank of each mark, in the order given: 1 + the number of strictly higher marks. */
    public static List<Integer> ranks(List<BigDecimal> marks) {
        return marks.stream()
                .map(mark -> 1 + (int) marks.stream().filter(other -> other.compareTo(mark) > 0).count())
                .toList();
    }
}
