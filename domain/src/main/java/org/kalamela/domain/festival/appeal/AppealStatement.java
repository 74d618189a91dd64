package org.kalamela.domain.festival.appeal;

/** What the appellant says is wrong: mandatory, trimmed, 1 to 2000 characters, no control characters but lines. */
public record AppealStatement(String text) {

    public AppealStatement {
        text = text == null ? null : text.strip();
        AppealReply.checked(text, "statement");
    }
}
