package org.kalamela.domain.festival.appeal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The appealed entry's published result when the appeal was decided, and the revision it belonged to: the
 * decision letter prints it beside the revised result.
 */
public record ResultBefore(int revision, BigDecimal mark, String grade, int rank, int points) {

    public ResultBefore {
        Objects.requireNonNull(mark, "mark");
        if (revision < 0 || rank < 1 || points < 0) {
            throw new IllegalArgumentException("inconsistent result: revision " + revision + ", rank " + rank
                    + ", points " + points);
        }
    }
}
