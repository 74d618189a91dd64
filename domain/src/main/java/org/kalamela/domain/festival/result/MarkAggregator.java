package org.kalamela.domain.festival.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.MarkAggregation;

/**
 * Makes an entry's mark (0..100, two decimals, rounded half-up) from its judges' totals (each out of 100),
 * by the edition's aggregation: the mean; the sum scaled to 100 (the sum out of judges × 100); or, with at
 * least {@code trimmedMeanMinimumJudges} judges, the mean without one highest and one lowest total (a smaller
 * panel takes the plain mean). The division is the last step, so only the final mark is rounded.
 */
public final class MarkAggregator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FestivalRules rules;

    public MarkAggregator(FestivalRules rules) {
        this.rules = rules;
    }

    public BigDecimal mark(List<BigDecimal> judgeTotals) {
        if (judgeTotals.isEmpty()) {
            throw new IllegalArgumentException("a mark is made from at least one judge's total");
        }
        List<BigDecimal> totals = new ArrayList<>(judgeTotals);
        MarkAggregation aggregation = rules.markAggregation();
        if (aggregation == MarkAggregation.SUM_SCALED) {
            BigDecimal outOf = HUNDRED.multiply(BigDecimal.valueOf(totals.size()));
            return sum(totals).multiply(HUNDRED).divide(outOf, 2, RoundingMode.HALF_UP);
        }
        if (aggregation == MarkAggregation.TRIMMED_MEAN && totals.size() >= rules.trimmedMeanMinimumJudges()) {
            Collections.sort(totals);
            totals = totals.subList(1, totals.size() - 1);
        }
        return sum(totals).divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> totals) {
        return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
