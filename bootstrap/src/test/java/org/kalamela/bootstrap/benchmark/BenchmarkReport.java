package org.kalamela.bootstrap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The figures of a run as Markdown: logged as they come, and written to
 * {@code target/benchmarks/results.md} at the end, to be copied into docs/benchmarks.md.
 */
final class BenchmarkReport {

    private static final Logger LOG = Logger.getLogger(BenchmarkReport.class);
    private static final Path FILE = Path.of("target", "benchmarks", "results.md");

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        LOG.info(line);
        text.append(line).append('\n');
    }

    /** A blank line, the section's title with the machine's load average now, and a table header. */
    void section(String title) {
        line("");
        line(String.format(Locale.ROOT, "%s (1-minute load average at start: %.2f)", title,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        line(LoadResult.markdownHeader());
    }

    void result(LoadResult result) {
        line(result.markdownRow());
    }

    void write() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("benchmark figures written to " + FILE.toAbsolutePath());
    }
}
