package org.kalamela.adapters.rest.shared.output;

import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.util.function.Consumer;

/** An XLSX export, answered as a {@link FileDownload}: the registry's and the festival's exports. */
public final class SpreadsheetDownload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetDownload() {
    }

    /** Writes the spreadsheet now; answers it as the attachment {@code <fileName>.xlsx}. */
    public static Response of(String fileName, Consumer<OutputStream> write) {
        return FileDownload.of(fileName + ".xlsx", XLSX, write);
    }
}
