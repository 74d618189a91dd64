package org.kalamela.application.registry.fakes;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.export.SpreadsheetWriter;

/**
 * A {@link SpreadsheetWriter} that keeps the sheets as rows of cell values (header first) instead of
 * writing XLSX, reading every row as the real writer would and checking each cell against its column type.
 */
public class RecordingSpreadsheetWriter implements SpreadsheetWriter {

    /** One written sheet: its name and its rows, the header row first. */
    public record WrittenSheet(String name, List<List<Object>> rows) {
    }

    private final List<WrittenSheet> sheets = new ArrayList<>();

    @Override
    public void write(OutputStream out, Spreadsheet spreadsheet) {
        for (SheetSpec<?> sheet : spreadsheet.sheets()) {
            sheets.add(read(sheet));
        }
    }

    public List<WrittenSheet> sheets() {
        return List.copyOf(sheets);
    }

    private static <T> WrittenSheet read(SheetSpec<T> sheet) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(sheet.columns().stream().map(ColumnSpec::header).toList()));
        sheet.rows().forEach(row -> {
            List<Object> cells = new ArrayList<>();
            for (ColumnSpec<T> column : sheet.columns()) {
                cells.add(column.valueOf(row));
            }
            rows.add(cells);
        });
        return new WrittenSheet(sheet.name().value(), rows);
    }
}
