package org.kalamela.adapters.persistence.identity.session;

import java.time.Instant;
import org.kalamela.domain.identity.session.RefreshToken;
import org.kalamela.domain.shared.id.AccountId;

/** The one mapping between a {@code refresh_tokens} row and a {@link RefreshToken}. */
final class RefreshTokenMapper {

    private RefreshTokenMapper() {
    }

    static RefreshToken toDomain(RefreshTokenEntity e) {
        return new RefreshToken(e.id, e.familyId, AccountId.of(e.accountId), e.tokenHash, e.issuedAt, e.expiresAt,
                e.usedAt);
    }

    static RefreshTokenEntity toEntity(String familyId, AccountId accountId, String tokenHash, Instant issuedAt,
                                       Instant expiresAt) {
        RefreshTokenEntity e = new RefreshTokenEntity();
        e.familyId = familyId;
        e.accountId = accountId.value();
        e.tokenHash = tokenHash;
        e.issuedAt = issuedAt;
        e.expiresAt = expiresAt;
        return e;
    }
}
