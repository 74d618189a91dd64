package org.kalamela.domain.identity.password;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/** Outbound port: password-reset and invitation tokens (hashes only). */
public interface PasswordResetTokenRepository {

    void save(AccountId accountId, String tokenHash, Instant createdAt, Instant expiresAt);

    Optional<PasswordResetToken> findByHashForUpdate(String tokenHash);

    void markUsed(long id, Instant at);

    /** Used up every open token of the account: a new password makes older links worthless. */
    void invalidateAllOf(AccountId accountId, Instant at);
}
