package org.kalamela.domain.identity.password;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/** A single-use password-reset (or invitation) token, stored as a hash. */
public record PasswordResetToken(long id, AccountId accountId, String tokenHash, Instant expiresAt, Instant usedAt) {

    public PasswordResetToken {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
