package org.kalamela.application.identity.session;

import java.time.Duration;
import java.util.Objects;

/**
 * Deploy-time settings of the identity use cases, read from configuration by the bootstrap module.
 *
 * @param refreshTokenLifetime how long a refresh token may be exchanged
 * @param resetTokenLifetime how long a password-reset or invitation link works (DOMAIN.md: 60 minutes)
 * @param resetLinkBase the address of the page that takes the token, e.g. https://kalamela.example/reset?token=
 */
public record IdentitySettings(Duration refreshTokenLifetime, Duration resetTokenLifetime, String resetLinkBase) {
    public IdentitySettings {
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        Objects.requireNonNull(resetTokenLifetime, "resetTokenLifetime");
        Objects.requireNonNull(resetLinkBase, "resetLinkBase");
    }
}
