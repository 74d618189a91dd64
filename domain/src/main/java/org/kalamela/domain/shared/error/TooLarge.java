package org.kalamela.domain.shared.error;

/** An upload or body is over its size limit (413). */
public class TooLarge extends DomainException {

    public TooLarge(ErrorCode code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TOO_LARGE;
    }
}
