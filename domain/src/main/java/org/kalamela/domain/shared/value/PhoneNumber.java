package org.kalamela.domain.shared.value;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * An Indian mobile number, kept as its 10 digits (first digit 6 to 9). People type it with a {@code +91}
 * prefix, spaces or hyphens; all of those spellings are one number, so uniqueness and sign-in by phone
 * compare the canonical digits.
 */
public record PhoneNumber(String digits) {

    private static final String MOBILE = "[6-9][0-9]{9}";
    private static final String COUNTRY_PREFIX = "+91";

    public PhoneNumber {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches(MOBILE)) {
            throw InvalidInput.field("phone", "must be a 10-digit Indian mobile number");
        }
    }

    /**
     * Reads a number as typed: optional {@code +91}, then 10 digits, with spaces or hyphens anywhere.
     * Errors name the given field.
     */
    public static PhoneNumber parse(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInput.field(field, "is required");
        }
        return tryParse(typed).orElseThrow(() -> InvalidInput.field(field,
                "must be a 10-digit Indian mobile number, optionally with +91"));
    }

    /** The number, when the text reads as one; for sign-in, where the same text may be a username. */
    public static Optional<PhoneNumber> tryParse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replaceAll("[\\s-]", "");
        if (compact.startsWith(COUNTRY_PREFIX)) {
            compact = compact.substring(COUNTRY_PREFIX.length());
        }
        return compact.matches(MOBILE) ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
    }

    @Override
    public String toString() {
        return digits;
    }
}
