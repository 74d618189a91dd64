package org.kalamela.domain.shared.error;

/** The families of errors the core can raise; each maps to one HTTP status in the REST adapter. */
public enum ErrorKind {
    /** The input is malformed or invalid (400). */
    INVALID_INPUT,
    /** The caller is not authenticated or the credentials are wrong (401). */
    UNAUTHENTICATED,
    /** The caller is authenticated but may not do this (403). */
    FORBIDDEN,
    /** The object does not exist, or is not the caller's to see (404). */
    NOT_FOUND,
    /** A business rule forbids it: limits, duplicates, state (409). */
    RULE_VIOLATION,
    /** An idempotency key was reused with another request (422). */
    IDEMPOTENCY_MISMATCH,
    /** Too many requests; try again later (429). */
    RATE_LIMITED,
    /** An upload exceeds the size limit (413). */
    TOO_LARGE,
    /** An upload or body is of a type that is not accepted (415). */
    UNSUPPORTED_TYPE
}
