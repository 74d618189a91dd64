package org.kalamela.domain.identity.session;

import java.time.Duration;
import java.time.Instant;

/**
 * Refresh tokens live {@code lifetime}, are exchanged once, work only while their session is open, and a
 * reused one betrays its session. A token of a session that ended normally is merely invalid: signing out
 * and then presenting the old token is no theft.
 */
public record RefreshTokenPolicy(Duration lifetime) {

    public RefreshTokenPolicy {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a refresh token lives a positive time");
        }
    }

    public RefreshTokenUse judge(RefreshToken token, Session session, Instant now) {
        if (!session.open()) {
            return session.endReason() == SessionEnd.TOKEN_REUSED
                    ? RefreshTokenUse.ENDED_BY_REUSE : RefreshTokenUse.SESSION_ENDED;
        }
        if (token.usedAt() != null) {
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
