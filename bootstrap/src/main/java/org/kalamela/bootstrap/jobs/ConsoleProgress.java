package org.kalamela.bootstrap.jobs;

import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.kalamela.application.migration.ImportProgress;
import org.kalamela.application.migration.LegacyTable;

/** The import's progress in the log: rows done of the table's total, the rate and the time left. */
final class ConsoleProgress implements Consumer<ImportProgress> {

    private static final Logger LOG = Logger.getLogger(ConsoleProgress.class);

    private LegacyTable table;
    private long startedNanos;
    /** When the previous report came: a table's first batch started then, not at its own report. */
    private long lastReportNanos = System.nanoTime();

    @Override
    public void accept(ImportProgress progress) {
        LegacyTable done = progress.table();
        long rows = progress.done();
        long total = progress.total();
        if (!done.loaded()) {
            LOG.infof("  %-40s %,8d rows counted (not imported yet)", done.djangoTable(), rows);
            lastReportNanos = System.nanoTime();
            return;
        }
        if (done != table) {
            table = done;
            startedNanos = lastReportNanos;
        }
        lastReportNanos = System.nanoTime();
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        double rate = rows / seconds;
        long left = rate > 0 ? Math.round((total - rows) / rate) : 0;
        LOG.infof("  %-40s %,8d of %,8d rows  %,8.0f rows/s  %s left", done.djangoTable(), rows, total, rate,
                Duration.ofSeconds(left).toString().substring(2).toLowerCase());
    }

}
