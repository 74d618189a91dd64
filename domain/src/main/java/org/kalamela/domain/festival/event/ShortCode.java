package org.kalamela.domain.festival.event;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * An event's short code, printed in team codes ({@code GS} in {@code GS-1}): upper-case Latin letters and
 * digits only, so that the dash of a team code is never part of it.
 */
public record ShortCode(String value) {

    public static final int MAX_LENGTH = 16;
    private static final String PATTERN = "[A-Z0-9]{1," + MAX_LENGTH + "}";

    public ShortCode {
        if (value == null || !value.matches(PATTERN)) {
            throw InvalidInput.field("shortCode",
                    "must be 1 to " + MAX_LENGTH + " upper-case letters A-Z or digits");
        }
    }

    /** Reads a code as an admin typed it: surrounding blanks are dropped and letters upper-cased. */
    public static ShortCode parse(String text) {
        return new ShortCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
