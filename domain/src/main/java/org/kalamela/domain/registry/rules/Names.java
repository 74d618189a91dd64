package org.kalamela.domain.registry.rules;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * How names typed into forms (districts, units, members, officials) are kept: trimmed, inner runs of
 * white space made one space, so that "St.  Thomas " and "St. Thomas" are the same unit and a duplicate
 * check compares what a person sees. Length is counted in code points so Malayalam names are not penalised.
 */
public final class Names {

    public static final int MAX_LENGTH = 100;

    private Names() {
    }

    /** The tidy form of a required name; throws a field error when it is blank or too long. */
    public static String require(String raw, String field) {
        String name = tidy(raw);
        if (name == null) {
            throw InvalidInput.field(field, "is required");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw InvalidInput.field(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return name;
    }

    /** The tidy form of an optional text, {@code null} when blank; throws a field error when too long. */
    public static String optional(String raw, String field) {
        return tidy(raw) == null ? null : require(raw, field);
    }

    /** The key two names are compared by: tidy and in lower case. */
    public static String key(String name) {
        String tidy = tidy(name);
        return tidy == null ? "" : tidy.toLowerCase(Locale.ROOT);
    }

    private static String tidy(String raw) {
        if (raw == null) {
            return null;
        }
        String tidy = raw.strip().replaceAll("\\s+", " ");
        return tidy.isEmpty() ? null : tidy;
    }
}
