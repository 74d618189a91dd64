package org.kalamela.adapters.persistence.identity.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.identity.password.PasswordResetToken;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.shared.id.AccountId;

@ApplicationScoped
public class PostgresPasswordResetTokenRepository implements PasswordResetTokenRepository {

    private final PasswordResetTokenPanacheRepository tokens;

    @Inject
    PostgresPasswordResetTokenRepository(PasswordResetTokenPanacheRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public void save(AccountId accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        tokens.persist(PasswordResetTokenMapper.toEntity(accountId, tokenHash, createdAt, expiresAt));
    }

    @Override
    public Optional<PasswordResetToken> findByHashForUpdate(String tokenHash) {
        return tokens.find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .map(this::current)
                .map(PasswordResetTokenMapper::toDomain);
    }

    @Override
    public void markUsed(long id, Instant at) {
        tokens.update("usedAt = ?1 where id = ?2 and usedAt is null", at, id);
    }

    @Override
    public void invalidateAllOf(AccountId accountId, Instant at) {
        tokens.update("usedAt = ?1 where accountId = ?2 and usedAt is null", at, accountId.value());
    }

    /**
     * The token as the database has it now: the updates above are bulk updates, which bypass the persistence
     * context, so a token already loaded in this transaction would otherwise be returned with stale times.
     */
    private PasswordResetTokenEntity current(PasswordResetTokenEntity e) {
        tokens.getEntityManager().refresh(e);
        return e;
    }
}
