package org.kalamela.domain.shared.error;

/**
 * The object does not exist, or the caller may not see it. Both cases look the same on purpose, so that
 * an official of one district learns nothing about another district's data.
 */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(ErrorCode.NOT_FOUND, what + " " + id + " was not found");
    }

    public NotFound(ErrorCode code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
