package org.kalamela.domain.shared.error;

/** An upload is of a type that is not accepted, judged by its content (415). */
public class UnsupportedType extends DomainException {

    public UnsupportedType(ErrorCode code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNSUPPORTED_TYPE;
    }
}
