package org.kalamela.application.migration;

import java.util.List;

/**
 * How one old table is loaded through the product's ports. The items are the table's rows, or groups of them
 * where the new model stores a group as one thing (a unit's councilors, a team's members). Implementations are
 * beans, found by {@link ImportLegacyData} and run in the order of their {@link #table}.
 *
 * @param <I> an item: a row, or the rows that become one record
 */
public interface TableImport<I> {

    LegacyTable table();

    /** The table's items, in a stable order (by old id), from the rows read. */
    List<I> items(LegacySnapshot snapshot);

    /** The old id of the item's (first) row, to name it in the report should loading it fail. */
    long id(I item);

    /** How many old rows an item stands for (1 for a row), for the progress. */
    default int rows(I item) {
        return 1;
    }

    /**
     * Loads one item, telling the batch for each of its rows whether it was imported (and as what), imported
     * before, or skipped (and why). Checks every key the store would refuse before writing, so that a refusal
     * never aborts the batch's transaction.
     */
    void load(I item, ImportBatch batch);
}
