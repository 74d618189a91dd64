package org.kalamela.application.migration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One batch of one table, inside one transaction: the old-to-new ids known so far (read once per batch from
 * {@link LegacyIdMap}) and what happened to each old row of the batch.
 */
public final class ImportBatch {

    private final LegacyTable table;
    private final LegacySnapshot snapshot;
    private final LegacyRun run;
    private final LegacyIdMap idMap;
    private final Map<LegacyTable, Map<Long, Long>> known = new EnumMap<>(LegacyTable.class);
    private final Map<Long, Long> importedNow = new LinkedHashMap<>();
    private final LegacyImportReport.Tally tally;

    ImportBatch(LegacyTable table, LegacySnapshot snapshot, LegacyRun run, LegacyIdMap idMap) {
        this.table = table;
        this.snapshot = snapshot;
        this.run = run;
        this.idMap = idMap;
        this.tally = new LegacyImportReport.Tally(table);
    }

    public LegacySnapshot snapshot() {
        return snapshot;
    }

    public LegacyRun run() {
        return run;
    }

    /** The new id the old row of {@code from} became, in an earlier run, batch, or this batch. */
    public Optional<Long> newId(LegacyTable from, Long legacyId) {
        if (legacyId == null) {
            return Optional.empty();
        }
        if (from == table && importedNow.containsKey(legacyId)) {
            return Optional.of(importedNow.get(legacyId));
        }
        return Optional.ofNullable(known.computeIfAbsent(from, idMap::all).get(legacyId));
    }

    /** Whether an earlier run or batch imported the row of this batch's table; then it is counted as such. */
    public boolean importedBefore(long rowId) {
        if (newId(table, rowId).isPresent()) {
            tally.addAlready();
            return true;
        }
        return false;
    }

    public void imported(long rowId, long newId) {
        importedNow.put(rowId, newId);
        tally.addImported();
    }

    public void skipped(long rowId, String reason) {
        tally.skipped(rowId, reason);
    }

    /** Something about an imported row the operator should know (a phone dropped, a number to renumber). */
    public void note(long rowId, String note) {
        tally.note(rowId, note);
    }

    Map<Long, Long> importedNow() {
        return new HashMap<>(importedNow);
    }

    LegacyImportReport.Tally tally() {
        return tally;
    }

    /** Old ids of rows of other tables: for a lookup that several rows of a batch repeat. */
    public List<Long> knownIds(LegacyTable from) {
        return new ArrayList<>(known.computeIfAbsent(from, idMap::all).keySet());
    }
}
