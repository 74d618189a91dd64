package org.kalamela.domain.shared.value;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * An email address as the festival keeps it: trimmed and in lower case, so that the same person typing
 * their address in another letter case is the same account (sign-in and uniqueness compare it so), at most
 * {@value #MAX_LENGTH} characters (the longest an SMTP path allows), and of the plain shape
 * {@code local@domain.tld}: one {@code @}, a local part, a domain with a dot inside it, no spaces or
 * control characters. Whether the mailbox exists is for the mail to find out, not for a syntax check.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!value.equals(normalise(value)) || !wellFormed(value)) {
            throw new IllegalArgumentException("not a normalised email address: " + value);
        }
    }

    /** Reads an address as typed; a missing or malformed one is an error of the given field. */
    public static EmailAddress parse(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInput.field(field, "is required");
        }
        return tryParse(typed).orElseThrow(() -> InvalidInput.field(field, "must be an email address"));
    }

    /** The address, when the text reads as one. */
    public static Optional<EmailAddress> tryParse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String email = normalise(typed);
        return wellFormed(email) ? Optional.of(new EmailAddress(email)) : Optional.empty();
    }

    private static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean wellFormed(String email) {
        int at = email.indexOf('@');
        if (email.length() > MAX_LENGTH || at < 1 || at != email.lastIndexOf('@')) {
            return false;
        }
        String domain = email.substring(at + 1);
        int dot = domain.indexOf('.', 1);
        return dot > 0 && dot < domain.length() - 1 && email.codePoints().noneMatch(EmailAddress::blankOrControl);
    }

    private static boolean blankOrControl(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    @Override
    public String toString() {
        return value;
    }
}
