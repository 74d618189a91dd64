package org.kalamela.application.identity.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.kalamela.domain.identity.session.RefreshToken;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Refresh tokens in memory, with the checks of the {@code refresh_tokens} table: a hash is stored once, a
 * token expires after it is issued. Using keeps the first time, as the adapter's update does.
 */
public class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final List<RefreshToken> tokens = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void save(String familyId, AccountId accountId, String tokenHash, Instant issuedAt,
                                  Instant expiresAt) {
        if (familyId.length() > 36) {
            throw new IllegalStateException("value too long for refresh_tokens.family_id (36)");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalStateException("refresh_tokens check violated: expires_at > issued_at");
        }
        if (tokens.stream().anyMatch(t -> t.tokenHash().equals(tokenHash))) {
            throw new IllegalStateException("duplicate key value violates unique constraint on token_hash");
        }
        tokens.add(new RefreshToken(++lastId, familyId, accountId, tokenHash, micros(issuedAt), micros(expiresAt),
                null));
    }

    @Override
    public synchronized Optional<RefreshToken> findByHashForUpdate(String tokenHash) {
        return tokens.stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized void markUsed(long id, Instant at) {
        update(t -> t.id() == id && t.usedAt() == null, t -> new RefreshToken(t.id(), t.familyId(), t.accountId(),
                t.tokenHash(), t.issuedAt(), t.expiresAt(), micros(at)));
    }

    /** Every stored token, oldest first. */
    public synchronized List<RefreshToken> all() {
        return List.copyOf(tokens);
    }

    private void update(Predicate<RefreshToken> which, UnaryOperator<RefreshToken> change) {
        tokens.replaceAll(t -> which.test(t) ? change.apply(t) : t);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
