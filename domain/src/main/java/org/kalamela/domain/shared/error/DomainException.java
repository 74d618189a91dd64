package org.kalamela.domain.shared.error;

import java.util.Objects;

/**
 * Base of every error the core raises. Unchecked on purpose: a transactional use case rolls back on
 * unchecked exceptions only, so a checked error would commit half a use case.
 *
 * <p>The {@link #code()} is stable and documented; clients switch on it, never on the message. It comes from
 * the catalogue ({@link ErrorCode}), which also says which kinds may raise it, so a code thrown as the wrong
 * kind (a rule code as a 404) fails where it is built, not in a client.
 */
public abstract class DomainException extends RuntimeException {

    private final ErrorCode errorCode;

    protected DomainException(ErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.errorCode = Objects.requireNonNull(code, "code");
        if (!code.raisedAs(kind())) {
            throw new IllegalArgumentException(code + " is not an error of kind " + kind());
        }
    }

    /** The code's text, as it goes into the problem's {@code code} field. */
    public String code() {
        return errorCode.code();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** How the error is to be understood by a caller; the REST adapter turns it into an HTTP status. */
    public abstract ErrorKind kind();
}
