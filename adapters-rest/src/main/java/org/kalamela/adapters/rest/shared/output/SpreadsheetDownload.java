package org.kalamela.adapters.rest.shared.output;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An XLSX answer written first to a temporary file, inside the exporting use case (and so inside its
 * transaction, which the database cursor feeding the rows needs), then streamed to the client from the
 * file, which is deleted once sent. The registry's and the festival's exports both answer this way.
 *
 * <p>Why not write straight into the response from the use case: the transaction, its database connection
 * and the cursor would then stay open for as long as the slowest client takes to download, and a refusal
 * (an unknown district, a wrong role) would be raised after a 200 had been promised. With the file, the
 * transaction lasts as long as the query and the writing; errors get their own status and problem body;
 * memory stays flat either way (the writer streams rows to the file).
 */
public final class SpreadsheetDownload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetDownload() {
    }

    /** Runs {@code write} into a temporary file now; answers a response that streams the file, then deletes it. */
    public static Response of(String fileName, Consumer<OutputStream> write) {
        Path file = createTempFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            write.accept(out);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        StreamingOutput body = output -> {
            try {
                Files.copy(file, output);
            } finally {
                deleteQuietly(file);
            }
        };
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
                .build();
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("kalamela-export-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
