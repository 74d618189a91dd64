package org.kalamela.domain.identity.session;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Outbound port: stored refresh tokens (hashes only). They are not revoked one by one: their session is
 * ended ({@link SessionRepository}), which ends every token of the family.
 */
public interface RefreshTokenRepository {

    void save(String familyId, AccountId accountId, String tokenHash, Instant issuedAt, Instant expiresAt);

    /** Finds the token and locks it for the rest of the transaction, so a token is exchanged only once. */
    Optional<RefreshToken> findByHashForUpdate(String tokenHash);

    void markUsed(long id, Instant at);
}
