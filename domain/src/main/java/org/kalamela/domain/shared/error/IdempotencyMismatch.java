package org.kalamela.domain.shared.error;

/** An idempotency key was used before with another request (422); the first request's result stands. */
public class IdempotencyMismatch extends DomainException {

    public IdempotencyMismatch(ErrorCode code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.IDEMPOTENCY_MISMATCH;
    }
}
