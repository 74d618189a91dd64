package org.kalamela.application.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation report of one run: for each old table, the rows read, imported now, imported by an earlier
 * run, and skipped, each skipped row with its reason, and the notes on imported rows (a phone dropped, a chest
 * number to renumber). Read counts of the tables that are not loaded yet are counted and nothing else.
 */
public final class LegacyImportReport {

    /** A row of the old table named, with why it was skipped or what to know about it. */
    public record Row(LegacyTable table, long legacyId, String text) {
    }

    /** The counts of one table; {@code loaded} false for a table read and counted only. */
    public record TableCounts(LegacyTable table, boolean loaded, long read, long imported, long alreadyImported,
                              long skipped) {
    }

    private final boolean dryRun;
    private final Map<LegacyTable, long[]> counts = new EnumMap<>(LegacyTable.class);
    private final List<Row> skipped = new ArrayList<>();
    private final List<Row> notes = new ArrayList<>();

    LegacyImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public List<TableCounts> tables() {
        List<TableCounts> tables = new ArrayList<>();
        counts.forEach((table, c) -> tables.add(new TableCounts(table, table.loaded(), c[0], c[1], c[2], c[3])));
        return tables;
    }

    public TableCounts counts(LegacyTable table) {
        long[] c = counts.getOrDefault(table, new long[4]);
        return new TableCounts(table, table.loaded(), c[0], c[1], c[2], c[3]);
    }

    public List<Row> skippedRows() {
        return Collections.unmodifiableList(skipped);
    }

    public List<Row> notes() {
        return Collections.unmodifiableList(notes);
    }

    public boolean anySkipped() {
        return !skipped.isEmpty();
    }

    void read(LegacyTable table, long rows) {
        counts.computeIfAbsent(table, t -> new long[4])[0] += rows;
    }

    void add(Tally tally) {
        long[] c = counts.computeIfAbsent(tally.table, t -> new long[4]);
        c[1] += tally.imported;
        c[2] += tally.already;
        c[3] += tally.skipped.size();
        skipped.addAll(tally.skipped);
        notes.addAll(tally.notes);
    }

    /** What one batch did, added to the report once its transaction has committed. */
    static final class Tally {
        private final LegacyTable table;
        private long imported;
        private long already;
        private final List<Row> skipped = new ArrayList<>();
        private final List<Row> notes = new ArrayList<>();

        Tally(LegacyTable table) {
            this.table = table;
        }

        void addImported() {
            imported++;
        }

        void addAlready() {
            already++;
        }

        void skipped(long rowId, String reason) {
            skipped.add(new Row(table, rowId, reason));
        }

        void note(long rowId, String note) {
            notes.add(new Row(table, rowId, note));
        }

        long importedCount() {
            return imported;
        }

        long skippedCount() {
            return skipped.size();
        }

        long alreadyCount() {
            return already;
        }
    }
}
