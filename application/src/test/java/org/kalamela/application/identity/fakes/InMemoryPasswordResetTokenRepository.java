package org.kalamela.application.identity.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.kalamela.domain.identity.password.PasswordResetToken;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Password-reset tokens in memory, with the checks of the {@code password_reset_tokens} table: a hash is
 * stored once and a token expires after it is created. Using up a token keeps the first time.
 */
public class InMemoryPasswordResetTokenRepository implements PasswordResetTokenRepository {

    private final List<PasswordResetToken> tokens = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void save(AccountId accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalStateException("password_reset_tokens check violated: expires_at > created_at");
        }
        if (tokens.stream().anyMatch(t -> t.tokenHash().equals(tokenHash))) {
            throw new IllegalStateException("duplicate key value violates unique constraint on token_hash");
        }
        tokens.add(new PasswordResetToken(++lastId, accountId, tokenHash, micros(expiresAt), null));
    }

    @Override
    public synchronized Optional<PasswordResetToken> findByHashForUpdate(String tokenHash) {
        return tokens.stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized void markUsed(long id, Instant at) {
        useUp(t -> t.id() == id, at);
    }

    @Override
    public synchronized void invalidateAllOf(AccountId accountId, Instant at) {
        useUp(t -> t.accountId().equals(accountId), at);
    }

    /** Every stored token, oldest first. */
    public synchronized List<PasswordResetToken> all() {
        return List.copyOf(tokens);
    }

    private void useUp(Predicate<PasswordResetToken> which, Instant at) {
        tokens.replaceAll(t -> which.test(t) && t.usedAt() == null
                ? new PasswordResetToken(t.id(), t.accountId(), t.tokenHash(), t.expiresAt(), micros(at))
                : t);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
