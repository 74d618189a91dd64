package org.kalamela.domain.festival.event;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/** The four families of Kalamela events, as the programme groups them. */
public enum EventCategory {
    MUSIC("Music"),
    FINE_ARTS("Fine Arts"),
    STAGE_EVENTS("Stage Events"),
    LITERARY_EVENTS("Literary Events");

    private final String displayName;

    EventCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Reads the constant or the display name in any case: {@code FINE ARTS}, {@code Fine Arts}, {@code FINE_ARTS}. */
    public static EventCategory parse(String text) {
        String key = text == null ? "" : text.trim().replaceAll("[\\s_-]+", "_").toUpperCase(Locale.ROOT);
        for (EventCategory category : values()) {
            if (category.name().equals(key)) {
                return category;
            }
        }
        throw InvalidInput.field("category", "must be one of MUSIC, FINE ARTS, STAGE EVENTS, LITERARY EVENTS");
    }
}
