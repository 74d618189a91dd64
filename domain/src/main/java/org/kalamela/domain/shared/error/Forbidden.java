package org.kalamela.domain.shared.error;

/** The caller is authenticated but their role does not allow the action (403). */
public class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }
}
