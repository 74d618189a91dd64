package org.kalamela.domain.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * A password is at least {@code minLength} characters, is not the username and is not a commonly used
 * password. Length is counted in code points so that Malayalam or emoji passwords are not penalised.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream()
                .map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The policy with the list of common passwords shipped with the domain. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws {@code WEAK_PASSWORD} with the reason on the given field when the password is not acceptable. */
    public void check(String password, String username, String field) {
        String reason = weakness(password, username);
        if (reason != null) {
            throw new InvalidInput(ErrorCode.WEAK_PASSWORD, "The password is too weak: " + reason,
                    java.util.List.of(new FieldError(field, reason)));
        }
    }

    private String weakness(String password, String username) {
        if (password == null || password.isBlank()) {
            return "is required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (length > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
            return "must not be the username";
        }
        if (commonPasswords.contains(lower)) {
            return "is one of the most commonly used passwords";
        }
        return null;
    }
}
