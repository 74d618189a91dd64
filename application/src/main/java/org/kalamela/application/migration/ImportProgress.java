package org.kalamela.application.migration;

/**
 * How far the import is, told after each batch (and once per table that is only counted): {@code done} of
 * {@code total} rows of the table. The job prints it; a plain value handed to a {@code Consumer}, so the
 * console stays out of the application.
 */
public record ImportProgress(LegacyTable table, long done, long total) {
}
