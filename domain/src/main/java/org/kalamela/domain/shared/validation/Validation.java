package org.kalamela.domain.shared.validation;

import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors so a request reports every invalid field at once, then throws them together.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, "is required");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
