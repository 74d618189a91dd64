package org.kalamela.adapters.rest.payment;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Function;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.application.payment.proof.ProofDownload;
import org.kalamela.application.payment.proof.ProofUpload;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * Proofs over HTTP. An upload is the multipart {@code file} part, which the server has already spooled to a
 * temporary file; it is handed to the use case as a stream of that file. A download streams the stored file as
 * an attachment with the type checked at upload and {@code nosniff}, so a browser saves it and never renders
 * it, whatever bytes follow its signature.
 */
public final class ProofResponses {

    private ProofResponses() {
    }

    /** Runs {@code upload} with the {@code file} part open as a stream; a missing part is a field error. */
    public static <T> T withUpload(FileUpload file, Function<ProofUpload, T> upload) {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidInput.field("file", "is required: a multipart part named file");
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return upload.apply(new ProofUpload(file.fileName(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response download(ProofDownload proof) {
        StreamingOutput body = output -> {
            try (InputStream in = proof.content()) {
                in.transferTo(output);
            }
        };
        return Response.ok(body, proof.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + proof.fileName() + "\"")
                .header("Content-Length", proof.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
