package org.kalamela.domain.identity;

import java.time.Duration;
import java.time.Instant;

/** Refresh tokens live {@code lifetime}, are exchanged once, and a reused one betrays its family. */
public record RefreshTokenPolicy(Duration lifetime) {

    public RefreshTokenPolicy {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a refresh token lives a positive time");
        }
    }

    public RefreshTokenUse judge(RefreshToken token, Instant now) {
        if (token.usedAt() != null || token.revokedAt() != null) {
            return RefreshTokenUse.REUSED;
        }
        if (!now.isBefore(token.expiresAt())) {
            return RefreshTokenUse.EXPIRED;
        }
        return RefreshTokenUse.VALID;
    }

    public Instant expiryFrom(Instant issuedAt) {
        return issuedAt.plus(lifetime);
    }
}
