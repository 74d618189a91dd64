package org.kalamela.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.domain.identity.OpaqueTokens;
import org.kalamela.domain.identity.RefreshTokenRepository;
import org.kalamela.domain.shared.AccountId;

/**
 * Ends a sign-in by revoking its refresh-token family. Idempotent: an unknown or foreign token changes
 * nothing and is not reported, so the call cannot be used to probe tokens.
 */
@ApplicationScoped
public class SignOut {

    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    @Inject
    public SignOut(RefreshTokenRepository refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    public void execute(AccountId signedIn, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        refreshTokens.findByHashForUpdate(OpaqueTokens.hash(refreshToken))
                .filter(t -> t.accountId().equals(signedIn))
                .ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), clock.instant()));
    }
}
