package org.kalamela.application.payment.proof;

import java.io.InputStream;
import java.util.Objects;

/** An uploaded file as the HTTP layer hands it over: the name the client gave (may be null) and its bytes. */
public record ProofUpload(String fileName, InputStream content) {

    public ProofUpload {
        Objects.requireNonNull(content, "content");
    }
}
