package org.kalamela.domain.identity.account;

import org.kalamela.domain.shared.validation.ControlCharacters;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * What a person types to sign in: a username, an email or a phone number. Phones are stored as their 10
 * canonical digits, so a phone typed with {@code +91}, spaces or hyphens is looked up by those digits.
 * A login is one line: any control character in it (a NUL, a tab, a line break) is a field error on
 * {@code login}, never a lookup.
 */
public final class LoginName {

    private LoginName() {
    }

    public static String lookupKey(String typed) {
        ControlCharacters.checkLine(typed, "login");
        String trimmed = typed.trim();
        return PhoneNumber.tryParse(trimmed).map(PhoneNumber::digits).orElse(trimmed);
    }
}
