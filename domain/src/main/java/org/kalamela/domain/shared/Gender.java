package org.kalamela.domain.shared;

import java.util.Locale;

/**
 * A member's gender, and an event's gender restriction: one vocabulary everywhere. The old app spelled it
 * "Male"/"Female" in some places and "M"/"F" in others, so {@link #parse} accepts both spellings.
 */
public enum Gender {
    M,
    F;

    /** Reads {@code M}, {@code F}, {@code Male} or {@code Female}, in any case. */
    public static Gender parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "M", "MALE" -> M;
            case "F", "FEMALE" -> F;
            default -> throw InvalidInput.field("gender", "must be M or F");
        };
    }
}
