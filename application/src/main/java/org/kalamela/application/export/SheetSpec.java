package org.kalamela.application.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sheet of an export: its name, its columns in order, and where its rows come from. The header row
 * is made from the column headers, which must be unique so a reader can tell the columns apart.
 *
 * @param <T> the row type
 */
public record SheetSpec<T>(SheetName name, List<ColumnSpec<T>> columns, RowSource<T> rows) {

    /** Excel's limit on the columns of a sheet. */
    public static final int MAX_COLUMNS = 16_384;

    public SheetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException(
                    "sheet '" + name + "' needs 1 to " + MAX_COLUMNS + " columns, not " + columns.size());
        }
        Set<String> headers = new HashSet<>();
        for (ColumnSpec<T> column : columns) {
            if (!headers.add(column.header())) {
                throw new IllegalArgumentException(
                        "sheet '" + name + "' has the column header '" + column.header() + "' twice");
            }
        }
    }

    public SheetSpec(String name, List<ColumnSpec<T>> columns, RowSource<T> rows) {
        this(new SheetName(name), columns, rows);
    }
}
