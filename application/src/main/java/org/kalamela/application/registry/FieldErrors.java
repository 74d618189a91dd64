package org.kalamela.application.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * Reads the fields of a form one by one, keeping every field error instead of stopping at the first,
 * so a person sees everything to fix at once.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** The parsed value, or {@code null} after keeping the parser's field errors. */
    public <T> T read(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Runs a check that throws field errors, keeping them. */
    public void check(Runnable validation) {
        read(() -> {
            validation.run();
            return null;
        });
    }

    public FieldErrors require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
