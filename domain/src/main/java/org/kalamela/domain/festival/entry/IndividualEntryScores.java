package org.kalamela.domain.festival.entry;

/**
 * Outbound port: whether an individual entry has been scored. A scored entry is part of a result and is not
 * removed. Implemented by the scoring adapter; until scoring exists its answer is always false.
 */
public interface IndividualEntryScores {

    /** True when any judge's mark (submitted or not) or a final mark exists for the entry. */
    boolean hasScores(IndividualEntryId entry);
}
