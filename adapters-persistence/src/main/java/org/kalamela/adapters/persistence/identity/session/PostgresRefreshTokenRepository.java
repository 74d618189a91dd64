package org.kalamela.adapters.persistence.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.identity.session.RefreshToken;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.shared.id.AccountId;

@ApplicationScoped
public class PostgresRefreshTokenRepository implements RefreshTokenRepository {

    private final RefreshTokenPanacheRepository tokens;

    @Inject
    PostgresRefreshTokenRepository(RefreshTokenPanacheRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public void save(String familyId, AccountId accountId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        tokens.persist(RefreshTokenMapper.toEntity(familyId, accountId, tokenHash, issuedAt, expiresAt));
    }

    @Override
    public Optional<RefreshToken> findByHashForUpdate(String tokenHash) {
        return tokens.find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .map(this::current)
                .map(RefreshTokenMapper::toDomain);
    }

    @Override
    public void markUsed(long id, Instant at) {
        tokens.update("usedAt = ?1 where id = ?2 and usedAt is null", at, id);
    }

    /**
     * The token as the database has it now: markUsed is a bulk update, which bypasses the persistence
     * context, so a token already loaded in this transaction would otherwise be returned with stale times.
     */
    private RefreshTokenEntity current(RefreshTokenEntity e) {
        tokens.getEntityManager().refresh(e);
        return e;
    }
}
