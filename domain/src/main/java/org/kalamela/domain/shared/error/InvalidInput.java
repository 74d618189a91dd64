package org.kalamela.domain.shared.error;

import java.util.List;

/** The request is invalid; {@link #errors()} says which fields and why (400). */
public class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(ErrorCode code, String message, List<FieldError> errors) {
        super(code, message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(List<FieldError> errors) {
        this(ErrorCode.VALIDATION_FAILED, "The request has invalid fields", errors);
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID_INPUT;
    }
}
