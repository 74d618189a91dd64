package org.kalamela.domain.festival.edition;

/** How an entry's mark is made from its judges' totals (an edition rule). */
public enum MarkAggregation {
    /** The mean of the judges' totals. */
    MEAN,
    /** The sum of the judges' totals, scaled to 0..100. */
    SUM_SCALED,
    /** The mean without the highest and the lowest total, once the panel is large enough. */
    TRIMMED_MEAN
}
