package org.kalamela.application.export;

import java.util.Objects;

/**
 * The name of a sheet (tab) in a spreadsheet, valid by Excel's rules: 1 to 31 characters, none of
 * {@code [ ] : * ? / \} nor control characters, not starting or ending with an apostrophe, and not
 * the reserved "History".
 * Excel refuses to open a file that breaks them, so they are checked before anything is written.
 */
public record SheetName(String value) {

    public static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = "[]:*?/\\";
    private static final String RESERVED = "History";
    private static final String FALLBACK = "Sheet";

    public SheetName {
        Objects.requireNonNull(value, "sheet name");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a sheet name has 1 to " + MAX_LENGTH + " characters, not blank: '" + value + "'");
        }
        if (value.chars().anyMatch(SheetName::isForbidden)) {
            throw new IllegalArgumentException(
                    "a sheet name may not contain control characters nor any of " + FORBIDDEN + ": " + value);
        }
        if (value.startsWith("'") || value.endsWith("'")) {
            throw new IllegalArgumentException("a sheet name may not start or end with an apostrophe: " + value);
        }
        if (value.equalsIgnoreCase(RESERVED)) {
            throw new IllegalArgumentException("Excel reserves the sheet name " + RESERVED);
        }
    }

    /**
     * A valid name made from any text, such as a district's name: forbidden characters become '-',
     * leading and trailing apostrophes and spaces go, and the rest is cut to {@value #MAX_LENGTH}
     * characters. Two different texts may give the same name; {@link Spreadsheet} rejects duplicates.
     */
    public static SheetName fitting(String text) {
        StringBuilder name = new StringBuilder();
        Objects.requireNonNull(text, "text").codePoints()
                .map(c -> isForbidden(c) ? '-' : c)
                .forEach(name::appendCodePoint);
        String fitted = trim(name.toString());
        if (fitted.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(fitted.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            fitted = trim(fitted.substring(0, end));
        }
        if (fitted.isEmpty()) {
            return new SheetName(FALLBACK);
        }
        return new SheetName(fitted.equalsIgnoreCase(RESERVED) ? fitted + "-" : fitted);
    }

    private static boolean isForbidden(int c) {
        return FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c);
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == '\'' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public String toString() {
        return value;
    }
}
