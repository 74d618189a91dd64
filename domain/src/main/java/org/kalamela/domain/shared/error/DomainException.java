package org.kalamela.domain.shared.error;

import java.util.Objects;

/**
 * Base of every error the core raises. Unchecked on purpose: a transactional use case rolls back on
 * unchecked exceptions only, so a checked error would commit half a use case.
 *
 * <p>The {@link #code()} is stable and documented; clients switch on it, never on the message.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = requireCode(code);
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("error codes are UPPER_SNAKE_CASE: " + code);
        }
        return code;
    }

    public String code() {
        return code;
    }

    /** How the error is to be understood by a caller; the REST adapter turns it into an HTTP status. */
    public abstract ErrorKind kind();
}
