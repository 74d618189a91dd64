package org.kalamela.domain.festival.edition;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/** The age group a member competes in, derived from the date of birth by the edition's ranges. */
public enum Seniority {
    JUNIOR("Junior"),
    SENIOR("Senior");

    private final String displayName;

    Seniority(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Reads {@code Junior} or {@code Senior} in any case, as the events file and the old app spell them. */
    public static Seniority parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "JUNIOR" -> JUNIOR;
            case "SENIOR" -> SENIOR;
            default -> throw InvalidInput.field("seniority", "must be JUNIOR or SENIOR");
        };
    }
}
