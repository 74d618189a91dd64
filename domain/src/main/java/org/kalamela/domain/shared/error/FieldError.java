package org.kalamela.domain.shared.error;

import java.util.Objects;

/** One invalid field of a request, with a message a person can act on. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
