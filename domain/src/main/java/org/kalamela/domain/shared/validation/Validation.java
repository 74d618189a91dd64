package org.kalamela.domain.shared.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * Collects the field errors of a request, a form or an import, keeping every one instead of stopping at the
 * first, so a person sees everything to fix at once; then throws them together. The one collector of every
 * layer: domain values check their invariants with it, use cases and adapters read parsed values through it.
 * {@link #element} names the fields of one element of a list ({@code rows[12].category}), so an import
 * reports each row's errors under the row's line.
 */
public final class Validation {

    private final List<FieldError> errors;
    private final String prefix;

    public Validation() {
        this(new ArrayList<>(), "");
    }

    private Validation(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** A view that names its fields {@code list[index].field} and keeps its errors with these. */
    public Validation element(String list, int index) {
        return under(list + "[" + index + "].");
    }

    /**
     * A view that puts {@code path} before its field names and keeps its errors with these: a nested body's
     * fields read as {@code rules.juniorBirthDates.to}. The path brings its own separator ("rules."), so an
     * empty path names the fields as they are.
     */
    public Validation under(String path) {
        return new Validation(errors, prefix + path);
    }

    public Validation check(boolean valid, String field, String message) {
        return valid ? this : add(field, message);
    }

    /**
     * Notes a missing value (null or blank text), unless the field already has an error: a value that could
     * not be read is not reported a second time as missing.
     */
    public Validation required(Object value, String field) {
        boolean missing = value == null || value instanceof String text && text.isBlank();
        String name = prefix + field;
        if (missing && errors.stream().noneMatch(error -> error.field().equals(name))) {
            add(field, "is required");
        }
        return this;
    }

    /** The value itself, after noting it as missing as {@link #required} does: for reading on when present. */
    public <T> T requiredValue(T value, String field) {
        required(value, field);
        return value;
    }

    /** The parsed value, or {@code null} after keeping the parser's field errors. */
    public <T> T read(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            e.errors().forEach(error -> add(error.field(), error.message()));
            return null;
        }
    }

    /** Runs a check that throws field errors, keeping them. */
    public Validation check(Runnable validation) {
        read(() -> {
            validation.run();
            return null;
        });
        return this;
    }

    public Validation add(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** How many errors were kept so far, by this view and every other view of the same request. */
    public int count() {
        return errors.size();
    }

    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new InvalidInput(errors);
        }
    }

    /** Throws every error kept so far under the given code and message (e.g. an import's summary). */
    public void throwIfInvalid(ErrorCode code, String message) {
        if (hasErrors()) {
            throw new InvalidInput(code, message, errors);
        }
    }

    /**
     * Throws the errors kept so far as an import's bad rows ({@link RowErrors}): those of the first 100 bad rows
     * and the count of all, under the given code and message.
     */
    public void throwRowsIfInvalid(ErrorCode code, String message) {
        if (hasErrors()) {
            throw RowErrors.of(code, message, errors);
        }
    }
}
