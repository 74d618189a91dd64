package org.kalamela.application.migration;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Brings the old Django app's data over (issue 17): reads every table of the old database once, in one
 * read-only snapshot, then loads the tables in the order of {@link LegacyTable} through the product's ports, in
 * batches of {@value #BATCH_SIZE} items, each batch one transaction. Repeatable: rows an earlier run imported
 * are found in the {@link LegacyIdMap} and left alone, so a second run imports nothing new and a run that was
 * interrupted resumes where it stopped. A dry run does the same inside one transaction that is rolled back.
 *
 * <p>Runs outside any transaction itself ({@code NEVER}): the batches are the transactions.
 */
@org.kalamela.application.UseCase
public class ImportLegacyData {

    static final int BATCH_SIZE = 500;

    /**
     * @param edition the edition the Kalamela rows go to; it must exist
     * @param importer the login of the admin account that stands in where the old app named nobody
     * @param operator the operator's system user, for the audit log
     */
    public record Command(LegacyDatabase database, EditionYear edition, String importer, String operator,
                          boolean dryRun) {
        public Command {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(operator, "operator");
        }
    }

    private final LegacySources sources;
    private final LegacyBatchImport batches;
    private final List<TableImport<?>> tableImports;

    @Inject
    public ImportLegacyData(LegacySources sources, LegacyBatchImport batches, Instance<TableImport<?>> tableImports) {
        this.sources = sources;
        this.batches = batches;
        List<TableImport<?>> ordered = new ArrayList<>();
        tableImports.forEach(ordered::add);
        ordered.sort(Comparator.comparing(TableImport::table));
        this.tableImports = List.copyOf(ordered);
    }

    /**
     * @throws LegacySourceUnavailable when the old database cannot be read (nothing was written)
     * @throws org.kalamela.domain.shared.error.NotFound when the edition or the importing admin does not exist
     */
    @Transactional(TxType.NEVER)
    public LegacyImportReport execute(Command command, Consumer<ImportProgress> progress) {
        LegacyRun run = batches.begin(command.edition(), command.importer(), command.operator());
        LegacyImportReport report = new LegacyImportReport(command.dryRun());
        LegacySnapshot snapshot;
        try (LegacySource source = sources.open(command.database())) {
            snapshot = LegacySnapshot.read(source);
            for (LegacyTable table : LegacyTable.values()) {
                if (!table.loaded()) {
                    long rows = source.count(table);
                    report.read(table, rows);
                    progress.accept(new ImportProgress(table, rows, rows));
                }
            }
        }
        if (command.dryRun()) {
            return batches.inRolledBackTransaction(() -> importAll(snapshot, run, report, progress));
        }
        return importAll(snapshot, run, report, progress);
    }

    private LegacyImportReport importAll(LegacySnapshot snapshot, LegacyRun run, LegacyImportReport report,
                                         Consumer<ImportProgress> progress) {
        for (TableImport<?> tableImport : tableImports) {
            importTable(tableImport, snapshot, run, report, progress);
        }
        return report;
    }

    private <I> void importTable(TableImport<I> tableImport, LegacySnapshot snapshot, LegacyRun run,
                                 LegacyImportReport report, Consumer<ImportProgress> progress) {
        List<I> items = tableImport.items(snapshot);
        long total = items.stream().mapToLong(tableImport::rows).sum();
        report.read(tableImport.table(), total);
        long done = 0;
        for (int from = 0; from < items.size(); from += BATCH_SIZE) {
            List<I> batch = items.subList(from, Math.min(items.size(), from + BATCH_SIZE));
            report.add(batches.load(tableImport, batch, snapshot, run));
            done += batch.stream().mapToLong(tableImport::rows).sum();
            progress.accept(new ImportProgress(tableImport.table(), done, total));
        }
        if (items.isEmpty()) {
            progress.accept(new ImportProgress(tableImport.table(), 0, 0));
        }
    }
}
