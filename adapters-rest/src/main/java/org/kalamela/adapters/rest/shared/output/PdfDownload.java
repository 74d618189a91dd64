package org.kalamela.adapters.rest.shared.output;

import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A printed document (API.md "Documents"), answered as a {@link FileDownload}. */
public final class PdfDownload {

    public static final String PDF = "application/pdf";

    private PdfDownload() {
    }

    /** Prints the document now; answers it as the attachment {@code <fileName>.pdf}. */
    public static Response of(String fileName, Consumer<OutputStream> print) {
        return FileDownload.of(fileName + ".pdf", PDF, print);
    }
}
