package org.kalamela.application.document;

import java.util.List;
import java.util.Objects;
import org.kalamela.application.export.RowSource;

/**
 * A sheet printed for the festival office: a title, heading lines (event, stage, time), a table whose header
 * row repeats on every page, and closing lines printed after the last row (a judge's name and signature).
 *
 * @param landscape whether the page lies on its side (wide tables: a tabulation sheet with many judges)
 */
public record PrintedSheet<T>(String title, List<String> headings, List<PrintedColumn<T>> columns,
                              RowSource<T> rows, List<String> closingLines, boolean landscape) {

    public PrintedSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rows, "rows");
        headings = List.copyOf(headings);
        columns = List.copyOf(columns);
        closingLines = List.copyOf(closingLines);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("sheet '" + title + "' needs at least one column");
        }
    }
}
