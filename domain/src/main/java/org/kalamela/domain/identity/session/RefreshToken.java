package org.kalamela.domain.identity.session;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/**
 * A stored refresh token (only its hash). The tokens of one session form a family whose id is the session's:
 * each refresh uses up one token and issues the next of the same family. Ending the session ends them all.
 */
public record RefreshToken(
        long id,
        String familyId,
        AccountId accountId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt) {

    public RefreshToken {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public SessionId sessionId() {
        return new SessionId(familyId);
    }
}
