package org.kalamela.application.festival.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.domain.festival.result.EntryResult;

/**
 * One code letter of the admin's result view: who performs under it, each judge's total (in the panel's
 * order; empty while the judge has not marked it), and once computed its mark, grade, rank and points.
 */
public record ResultLine(DrawnPerformerRow performer, List<Optional<BigDecimal>> judgeTotals,
                         Optional<EntryResult> result) {

    public ResultLine {
        judgeTotals = List.copyOf(judgeTotals);
    }
}
