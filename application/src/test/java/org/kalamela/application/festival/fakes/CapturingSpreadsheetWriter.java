package org.kalamela.application.festival.fakes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.export.SpreadsheetWriter;

/**
 * Writes nothing real: pulls every row of every sheet through its columns, as the fastexcel writer does,
 * keeps the cells for the test to read, and writes one byte so the test can see the stream was used.
 */
public final class CapturingSpreadsheetWriter implements SpreadsheetWriter {

    /** A written sheet: its name, headers and cell values. */
    public record Sheet(String name, List<String> headers, List<List<Object>> rows) {
    }

    private final List<Sheet> sheets = new ArrayList<>();

    @Override
    public synchronized void write(OutputStream out, Spreadsheet spreadsheet) {
        sheets.clear();
        spreadsheet.sheets().forEach(sheet -> sheets.add(capture(sheet)));
        try {
            out.write('x');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    private static <T> Sheet capture(SheetSpec<T> sheet) {
        List<List<Object>> rows = new ArrayList<>();
        sheet.rows().forEach(row -> {
            List<Object> cells = new ArrayList<>();
            for (ColumnSpec<T> column : sheet.columns()) {
                cells.add(column.valueOf(row));
            }
            rows.add(cells);
        });
        return new Sheet(sheet.name().value(), sheet.columns().stream().map(ColumnSpec::header).toList(), rows);
    }
}
