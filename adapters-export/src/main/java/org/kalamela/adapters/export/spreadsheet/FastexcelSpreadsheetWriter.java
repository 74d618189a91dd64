package org.kalamela.adapters.export.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.export.SpreadsheetWriter;

/**
 * Writes XLSX files with fastexcel, one worksheet after the other, each streamed to the output as its rows
 * arrive: at most {@link #ROWS_PER_FLUSH} rows of a sheet are held in memory at any time.
 */
@ApplicationScoped
public class FastexcelSpreadsheetWriter implements SpreadsheetWriter {

    /**
     * Rows held before they are written out. Column widths are measured on the first batch (fastexcel
     * writes them ahead of the rows), so this is also how many rows the sizing looks at.
     */
    static final int ROWS_PER_FLUSH = 1_000;

    private static final String APPLICATION = "Kalamela";
    private static final String APPLICATION_VERSION = "1.0";

    @Override
    public void write(OutputStream out, Spreadsheet spreadsheet) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(spreadsheet, "spreadsheet");
        try {
            Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION);
            for (SheetSpec<?> sheet : spreadsheet.sheets()) {
                stream(workbook, sheet);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the spreadsheet", e);
        }
    }

    private static <T> void stream(Workbook workbook, SheetSpec<T> sheet) throws IOException {
        new SheetStreamer<>(workbook.newWorksheet(sheet.name().value()), sheet, ROWS_PER_FLUSH).stream();
    }
}
