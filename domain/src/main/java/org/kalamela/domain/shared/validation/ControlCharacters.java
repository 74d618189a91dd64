package org.kalamela.domain.shared.validation;

import java.util.Locale;
import java.util.OptionalInt;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * Text that enters the system carries no control characters. A NUL byte cannot be stored by PostgreSQL at all,
 * and the other C0 and C1 controls (and DEL) are never meant in a name, a login, an address or a filter: they
 * come from broken clients, pasted binary or probes. Unpaired UTF-16 surrogates are refused with them, as they
 * are not text either.
 *
 * <p>Two strengths: {@link #checkText} for text that may span lines (request bodies, CSV cells), which keeps
 * tab, line feed and carriage return; {@link #checkLine} for single values (logins, query and path
 * parameters), which refuses those too.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} unchanged; a field error on {@code field} when it has a control other than tab, LF or CR. */
    public static String checkText(String text, String field) {
        return check(text, field, true);
    }

    /** {@code text} unchanged; a field error on {@code field} when it has any control character. */
    public static String checkLine(String text, String field) {
        return check(text, field, false);
    }

    /** The index of the first refused character of {@code text}, or empty when it is clean (or null). */
    public static OptionalInt firstIn(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (refused(c, lineBreaksAllowed)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The message of the field error for the character at {@code index}: it names the character, not the text. */
    public static String message(String text, int index) {
        return String.format(Locale.ROOT, "must not contain control characters (U+%04X at position %d)",
                (int) text.charAt(index), index + 1);
    }

    private static String check(String text, String field, boolean lineBreaksAllowed) {
        OptionalInt bad = firstIn(text, lineBreaksAllowed);
        if (bad.isPresent()) {
            throw InvalidInput.field(field, message(text, bad.getAsInt()));
        }
        return text;
    }

    private static boolean refused(char c, boolean lineBreaksAllowed) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !lineBreaksAllowed;
        }
        return Character.isISOControl(c) || Character.isSurrogate(c);
    }
}
