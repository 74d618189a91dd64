package org.kalamela.domain.identity.session;

import java.time.Instant;
import java.util.Objects;

/** A signed, short-lived access token and when it expires. */
public record AccessToken(String value, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
