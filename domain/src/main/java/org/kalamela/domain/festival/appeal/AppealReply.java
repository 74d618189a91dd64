package org.kalamela.domain.festival.appeal;

import org.kalamela.domain.shared.validation.ControlCharacters;
import org.kalamela.domain.shared.validation.Validation;

/** The admin's reply to an appeal: mandatory, trimmed, 1 to 2000 characters, printed on the decision letter. */
public record AppealReply(String text) {

    public static final int MAX_LENGTH = 2000;

    public AppealReply {
        text = text == null ? null : text.strip();
        checked(text, "reply");
    }

    /** A letter's text: present, at most {@link #MAX_LENGTH} characters, lines allowed, no other controls. */
    static void checked(String text, String field) {
        new Validation()
                .required(text, field)
                .check(text == null || text.length() <= MAX_LENGTH, field,
                        "must be at most " + MAX_LENGTH + " characters")
                .check(() -> ControlCharacters.checkText(text, field))
                .throwIfInvalid();
    }
}
