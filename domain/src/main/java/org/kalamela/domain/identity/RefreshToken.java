package org.kalamela.domain.identity;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.AccountId;

/**
 * A stored refresh token (only its hash). Tokens of one sign-in form a family: each refresh uses up one
 * token and issues the next of the same family.
 */
public record RefreshToken(
        long id,
        String familyId,
        AccountId accountId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt,
        Instant revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
