package org.kalamela.domain.festival.result;

import java.math.BigDecimal;
import java.util.Objects;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Performer;

/**
 * One entry's (or team's) part of an event's result, always derived from the marks of the whole event:
 * its mark, grade, rank and the points these give.
 */
public record EntryResult(CodeLetter codeLetter, Performer performer, BigDecimal mark, Grade grade, int rank,
                          int rankPoints, int points) {

    public EntryResult {
        Objects.requireNonNull(codeLetter, "codeLetter");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(grade, "grade");
        if (rank < 1 || rankPoints < 0 || points != EntryPoints.points(performer.isTeam(), grade, rankPoints)) {
            throw new IllegalArgumentException("inconsistent result for " + codeLetter + ": rank " + rank
                    + ", rank points " + rankPoints + ", points " + points);
        }
    }
}
