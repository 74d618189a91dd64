package org.kalamela.application.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.session.AccessToken;
import org.kalamela.domain.identity.session.AccessTokenIssuer;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.RefreshTokenPolicy;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;

/**
 * Starts sessions and issues their tokens: an access token naming the session and the next refresh token of
 * the session's family. Shared by sign-in and refresh.
 */
@ApplicationScoped
public class SessionFactory {

    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenRepository refreshTokens;
    private final SessionRepository sessions;
    private final RefreshTokenPolicy refreshPolicy;

    @Inject
    public SessionFactory(AccessTokenIssuer accessTokens, RefreshTokenRepository refreshTokens,
                          SessionRepository sessions, IdentitySettings settings) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.refreshPolicy = new RefreshTokenPolicy(settings.refreshTokenLifetime());
    }

    public RefreshTokenPolicy refreshPolicy() {
        return refreshPolicy;
    }

    /** A new session of the account, with its first tokens. */
    public SessionTokens start(Account account, Instant now) {
        SessionId session = SessionId.random();
        sessions.start(session, account.id(), now);
        return issue(account, session, now);
    }

    /** The next tokens of an open session. */
    public SessionTokens issue(Account account, SessionId session, Instant now) {
        AccessToken access = accessTokens.issue(account, session);
        String refresh = OpaqueTokens.newToken();
        Instant refreshExpiry = refreshPolicy.expiryFrom(now);
        refreshTokens.save(session.value(), account.id(), OpaqueTokens.hash(refresh), now, refreshExpiry);
        return new SessionTokens(access.value(), access.expiresAt(), refresh, refreshExpiry, AccountView.of(account));
    }
}
