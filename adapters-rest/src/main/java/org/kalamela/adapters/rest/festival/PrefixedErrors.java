package org.kalamela.adapters.rest.festival;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * Collects the field errors of a nested body, naming each by its path ({@code rules.juniorBirthDates.to}),
 * so that a person sees everything to fix at once.
 */
public final class PrefixedErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** The parsed value, or null after keeping the parser's field errors under {@code prefix}. */
    public <T> T read(String prefix, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            e.errors().forEach(error -> add(prefix + error.field(), error.message()));
            return null;
        }
    }

    /** The value when given, else null after noting that the field is required. */
    public <T> T required(T value, String field) {
        if (value == null) {
            add(field, "is required");
        }
        return value;
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
