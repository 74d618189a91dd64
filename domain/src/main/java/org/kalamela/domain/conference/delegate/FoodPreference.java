package org.kalamela.domain.conference.delegate;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/** What the conference kitchen cooks for a delegate. */
public enum FoodPreference {
    VEG,
    NON_VEG;

    /** Reads {@code VEG} or {@code NON_VEG} (case and surrounding spaces ignored); else a field error. */
    public static FoodPreference parse(String text, String field) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "VEG" -> VEG;
            case "NON_VEG" -> NON_VEG;
            default -> throw InvalidInput.field(field, "must be VEG or NON_VEG");
        };
    }
}
