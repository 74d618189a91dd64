package org.kalamela.domain.shared.error;

/**
 * The families of errors, each answered with one HTTP status. The status lives here, beside the kind, so that
 * the catalogue of codes ({@link ErrorCode}) states every code's status in one place; the REST adapter reads
 * it from here instead of keeping a second table. The last kinds are raised only by the HTTP layer.
 */
public enum ErrorKind {
    /** The input is malformed or invalid. */
    INVALID_INPUT(400),
    /** The caller is not authenticated or the credentials are wrong. */
    UNAUTHENTICATED(401),
    /** The caller is authenticated but may not do this. */
    FORBIDDEN(403),
    /** The object does not exist, or is not the caller's to see. */
    NOT_FOUND(404),
    /** A business rule forbids it: limits, duplicates, state. */
    RULE_VIOLATION(409),
    /** An idempotency key was reused with another request. */
    IDEMPOTENCY_MISMATCH(422),
    /** Too many requests; try again later. */
    RATE_LIMITED(429),
    /** An upload or body exceeds the size limit. */
    TOO_LARGE(413),
    /** An upload or body is of a type that is not accepted. */
    UNSUPPORTED_TYPE(415),
    /** The HTTP method is not one the address serves (HTTP layer only). */
    METHOD_NOT_ALLOWED(405),
    /** The Accept header asks for a type the endpoint cannot produce (HTTP layer only). */
    NOT_ACCEPTABLE(406),
    /** The address is longer than the server reads (HTTP layer only). */
    URI_TOO_LONG(414),
    /** Our fault (HTTP layer only). */
    INTERNAL(500),
    /** Another refusal of the HTTP framework, with the 4xx status the framework chose (HTTP layer only). */
    OTHER_REFUSAL(0);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    /** The HTTP status of this kind; 0 for {@link #OTHER_REFUSAL}, which keeps the framework's status. */
    public int status() {
        return status;
    }
}
