package org.kalamela.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.kalamela.domain.identity.AccessToken;
import org.kalamela.domain.identity.AccessTokenIssuer;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.OpaqueTokens;
import org.kalamela.domain.identity.RefreshTokenPolicy;
import org.kalamela.domain.identity.RefreshTokenRepository;

/** Issues an access token and the next refresh token of a family; shared by sign-in and refresh. */
@ApplicationScoped
public class SessionFactory {

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final RefreshTokenPolicy refreshPolicy;

    @Inject
    public SessionFactory(AccessTokenIssuer accessTokens, RefreshTokenRepository refreshTokens,
                          IdentitySettings settings) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.refreshPolicy = new RefreshTokenPolicy(settings.refreshTokenLifetime());
    }

    public RefreshTokenPolicy refreshPolicy() {
        return refreshPolicy;
    }

    public SessionTokens issue(Account account, String familyId, Instant now) {
        AccessToken access = accessTokens.issue(account);
        String refresh = OpaqueTokens.newToken();
        Instant refreshExpiry = refreshPolicy.expiryFrom(now);
        refreshTokens.save(familyId, account.id(), OpaqueTokens.hash(refresh), now, refreshExpiry);
        return new SessionTokens(access.value(), access.expiresAt(), refresh, refreshExpiry, AccountView.of(account));
    }
}
