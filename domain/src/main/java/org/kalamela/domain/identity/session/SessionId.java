package org.kalamela.domain.identity.session;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one sign-in: the access tokens it hands out carry it as their {@code sid} claim, and its
 * refresh tokens form one family under the same id.
 */
public record SessionId(String value) {

    public static final int MAX_LENGTH = 36;

    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a session id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
