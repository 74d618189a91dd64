package org.kalamela.adapters.persistence.identity.password;

import java.time.Instant;
import org.kalamela.domain.identity.password.PasswordResetToken;
import org.kalamela.domain.shared.id.AccountId;

/** The one mapping between a {@code password_reset_tokens} row and a {@link PasswordResetToken}. */
final class PasswordResetTokenMapper {

    private PasswordResetTokenMapper() {
    }

    static PasswordResetToken toDomain(PasswordResetTokenEntity e) {
        return new PasswordResetToken(e.id, AccountId.of(e.accountId), e.tokenHash, e.expiresAt, e.usedAt);
    }

    static PasswordResetTokenEntity toEntity(AccountId accountId, String tokenHash, Instant createdAt,
                                             Instant expiresAt) {
        PasswordResetTokenEntity e = new PasswordResetTokenEntity();
        e.accountId = accountId.value();
        e.tokenHash = tokenHash;
        e.createdAt = createdAt;
        e.expiresAt = expiresAt;
        return e;
    }
}
