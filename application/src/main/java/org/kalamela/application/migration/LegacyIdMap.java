package org.kalamela.application.migration;

import java.util.Map;

/**
 * Outbound port: which row of the current schema each imported row of the old app became, per old table. It
 * makes the import repeatable: a row found here was imported by an earlier run and is left alone. Written in the
 * importing transaction, so a batch that rolls back leaves no mapping behind.
 */
public interface LegacyIdMap {

    /** Old id → new id of every imported row of the table. */
    Map<Long, Long> all(LegacyTable table);

    /** Records imported rows: old id → new id. */
    void remember(LegacyTable table, Map<Long, Long> imported);
}
