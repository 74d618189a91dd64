package org.kalamela.adapters.rest.festival;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An XLSX answer written first to a temporary file by the exporting use case (inside its transaction, which
 * the database cursor feeding the rows needs), then streamed to the client from the file and deleted. The
 * transaction does not wait for a slow download, a refusal still gets its own status and problem body, and
 * memory stays flat (the writer streams rows to the file). The registry's exports work the same way.
 */
final class FestivalDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FestivalDownload() {
    }

    static Response of(String fileName, Consumer<OutputStream> write) {
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
            return Files.createTempFile("kalamela-festival-export-", ".xlsx");
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
