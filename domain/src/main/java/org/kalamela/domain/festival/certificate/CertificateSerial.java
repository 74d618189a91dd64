package org.kalamela.domain.festival.certificate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate's serial: 32 characters of Crockford's base32 ({@code 0-9 A-Z} without I, L, O and U), 160
 * random bits, so a serial is safe in a URL, cannot be misread between 0/O or 1/I/L on paper, and cannot be
 * guessed: at 10<sup>9</sup> guesses a second, finding one of a million issued serials takes longer than the
 * age of the universe.
 */
public record CertificateSerial(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 32;

    public CertificateSerial {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a serial is " + LENGTH + " characters of Crockford's base32: " + value);
        }
    }

    /**
     * The serial a visitor typed or scanned, read case-insensitively as Crockford's base32 is; empty for
     * anything that cannot be a serial (which then names no certificate).
     */
    public static Optional<CertificateSerial> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        return isWellFormed(upper) ? Optional.of(new CertificateSerial(upper)) : Optional.empty();
    }

    private static boolean isWellFormed(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
