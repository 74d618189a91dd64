package org.kalamela.adapters.export.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.logging.Logger;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;

/** Streams the rows of one sheet into a worksheet: header first, then the rows in batches, then the end. */
final class SheetStreamer<T> {

    private static final Logger LOG = Logger.getLogger(SheetStreamer.class);
    private static final int HEADER_ROW = 0;
    private static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 1;

    private final Worksheet worksheet;
    private final SheetSpec<T> sheet;
    private final List<ColumnSpec<T>> columns;
    private final int rowsPerFlush;
    private final ColumnWidths widths;
    private int dataRows;
    private boolean widthsFixed;

    SheetStreamer(Worksheet worksheet, SheetSpec<T> sheet, int rowsPerFlush) {
        this.worksheet = worksheet;
        this.sheet = sheet;
        this.columns = sheet.columns();
        this.rowsPerFlush = rowsPerFlush;
        this.widths = new ColumnWidths(columns);
    }

    void stream() throws IOException {
        writeHeader();
        sheet.rows().forEach(this::writeRowOrFail);
        flush();
        worksheet.finish();
        LOG.debugf("Wrote sheet '%s': %d rows of %d columns", sheet.name(), dataRows, columns.size());
    }

    private void writeHeader() {
        for (int column = 0; column < columns.size(); column++) {
            worksheet.inlineString(HEADER_ROW, column, columns.get(column).header());
        }
        worksheet.range(HEADER_ROW, 0, HEADER_ROW, columns.size() - 1).style().bold().set();
        worksheet.freezePane(0, HEADER_ROW + 1);
    }

    private void writeRowOrFail(T row) {
        try {
            writeRow(row);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write sheet '" + sheet.name() + "'", e);
        }
    }

    private void writeRow(T row) throws IOException {
        if (dataRows == MAX_DATA_ROWS) {
            throw new IllegalStateException(
                    "sheet '" + sheet.name() + "' has more rows than Excel allows (" + MAX_DATA_ROWS + ")");
        }
        int rowIndex = HEADER_ROW + 1 + dataRows;
        for (int column = 0; column < columns.size(); column++) {
            ColumnSpec<T> spec = columns.get(column);
            Object value = spec.valueOf(row);
            if (value != null) {
                Cells.write(worksheet, rowIndex, column, spec.type(), value);
                if (!widthsFixed) {
                    widths.measure(column, spec.type(), value);
                }
            }
        }
        dataRows++;
        if (dataRows % rowsPerFlush == 0) {
            flush();
        }
    }

    private void flush() throws IOException {
        if (!widthsFixed) {
            widths.applyTo(worksheet);
            widthsFixed = true;
        }
        worksheet.flush();
    }
}
