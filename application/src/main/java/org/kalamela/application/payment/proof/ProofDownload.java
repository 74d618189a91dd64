package org.kalamela.application.payment.proof;

import java.io.InputStream;
import java.util.Objects;

/** A proof to stream to the client: its file name, checked media type, size and the open stream to close. */
public record ProofDownload(String fileName, String mediaType, long size, InputStream content) {

    public ProofDownload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
