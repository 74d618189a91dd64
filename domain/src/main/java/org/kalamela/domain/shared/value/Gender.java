package org.kalamela.domain.shared.value;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * A member's gender, and an event's gender restriction: one vocabulary everywhere, {@code M} or {@code F}
 * (DOMAIN.md). {@link #parse} reads exactly that, so {@code "Male"} in a request is a field error rather than
 * silently mapped. The old app's files spelled it "Male"/"Female"; only importers of those files read that
 * spelling, through {@link #parseLegacySpelling}.
 */
public enum Gender {
    M,
    F;

    /** Reads {@code M} or {@code F} (surrounding spaces and case ignored); anything else is a field error. */
    public static Gender parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "M" -> M;
            case "F" -> F;
            default -> throw InvalidInput.field("gender", "must be M or F");
        };
    }

    /**
     * For importing the old app's files only (the events file of the demo data): also reads {@code Male} and
     * {@code Female}, in any case.
     */
    public static Gender parseLegacySpelling(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "MALE" -> M;
            case "FEMALE" -> F;
            default -> parse(value);
        };
    }
}
