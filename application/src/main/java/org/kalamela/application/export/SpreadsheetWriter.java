package org.kalamela.application.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Outbound port: writes a spreadsheet (XLSX) to a stream as its rows arrive, so an export of any size
 * keeps memory flat. The header row is bold and frozen, columns are sized to their content, dates and
 * money are real date and number cells.
 *
 * <p>The stream is left open: it belongs to the caller (typically an HTTP response).
 */
public interface SpreadsheetWriter {

    /**
     * Writes every sheet, in order, and completes the file.
     *
     * @throws UncheckedIOException if the stream fails; the file written so far is then incomplete
     * @throws IllegalStateException if a row gives a value that does not fit its column's type
     */
    void write(OutputStream out, Spreadsheet spreadsheet);

    /** Same as {@link #write(OutputStream, Spreadsheet)}; checks the sheets first (names unique). */
    default void write(OutputStream out, List<SheetSpec<?>> sheets) {
        write(out, new Spreadsheet(sheets));
    }
}
