package org.kalamela.domain.payment.payment;

import org.kalamela.domain.shared.error.InvalidInput;

/** The admin's reason for rejecting a proof: required, at most {@value #MAX_LENGTH} characters, kept as written. */
public final class DeclineReason {

    public static final int MAX_LENGTH = 1000;

    private DeclineReason() {
    }

    /** The reason stripped of surrounding blanks; a blank or longer one is a field error on {@code reason}. */
    public static String checked(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw InvalidInput.field("reason", "is required, at most " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
