package org.kalamela.domain.identity;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.shared.AccountId;

/** Outbound port: stored refresh tokens (hashes only). */
public interface RefreshTokenRepository {

    void save(String familyId, AccountId accountId, String tokenHash, Instant issuedAt, Instant expiresAt);

    /** Finds the token and locks it for the rest of the transaction, so a token is exchanged only once. */
    Optional<RefreshToken> findByHashForUpdate(String tokenHash);

    void markUsed(long id, Instant at);

    void revokeFamily(String familyId, Instant at);

    void revokeAllOf(AccountId accountId, Instant at);
}
