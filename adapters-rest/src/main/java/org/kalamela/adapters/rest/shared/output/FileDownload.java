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
 * A file answer (a spreadsheet, a printed document) written first to a temporary file, inside the use case
 * (and so inside its transaction, which the database cursor feeding the rows needs), then streamed to the
 * client from the file, which is deleted once sent. Every export and every document answers this way.
 *
 * <p>Why not write straight into the response from the use case: the transaction, its database connection
 * and the cursor would then stay open for as long as the slowest client takes to download, and a refusal
 * (an unknown district, a wrong role) would be raised after a 200 had been promised. With the file, the
 * transaction lasts as long as the query and the writing; errors get their own status and problem body;
 * memory stays flat either way (the writer streams rows to the file).
 */
public final class FileDownload {

    private FileDownload() {
    }

    /**
     * Runs {@code write} into a temporary file now; answers a response that streams the file as an attachment
     * named {@code fileName}, then deletes it.
     */
    static Response of(String fileName, String mediaType, Consumer<OutputStream> write) {
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
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("kalamela-download-", ".tmp");
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
