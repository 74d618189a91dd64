package org.kalamela.application.identity.session;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.RefreshToken;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.identity.session.Session;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Exchanges a refresh token for a new access token and the next refresh token of its session. Presenting a
 * token that was already exchanged ends the session: whoever holds a copy is locked out too, and the end must
 * survive the refusal, hence {@code dontRollbackOn}. A token of a session that ended otherwise (sign-out,
 * password reset or change, deactivation) is merely invalid and is not reported as a theft.
 */
@UseCase
public class RefreshSession {

    private final RefreshTokenRepository refreshTokens;
    private final SessionRepository sessionStore;
    private final AccountRepository accounts;
    private final SessionFactory sessions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public RefreshSession(RefreshTokenRepository refreshTokens, SessionRepository sessionStore,
                          AccountRepository accounts, SessionFactory sessions, AuditLog audit, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.sessionStore = sessionStore;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(dontRollbackOn = AuthenticationFailed.class)
    public SessionTokens execute(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw AuthenticationFailed.invalidRefreshToken();
        }
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findByHashForUpdate(OpaqueTokens.hash(refreshToken))
                .orElseThrow(AuthenticationFailed::invalidRefreshToken);
        Session session = sessionStore.find(token.sessionId()).orElseThrow(AuthenticationFailed::invalidRefreshToken);
        switch (sessions.refreshPolicy().judge(token, session, now)) {
            case REUSED -> {
                sessionStore.end(session.id(), SessionEnd.TOKEN_REUSED, now);
                audit.record(new AuditEntry(token.accountId(), "account:" + token.accountId(),
                        "REFRESH_TOKEN_REUSED", "account", token.accountId().toString(), now,
                        Map.of("family", token.familyId())));
                throw AuthenticationFailed.refreshTokenReused();
            }
            case ENDED_BY_REUSE -> throw AuthenticationFailed.refreshTokenReused();
            case EXPIRED, SESSION_ENDED -> throw AuthenticationFailed.invalidRefreshToken();
            case VALID -> {
                Account account = accounts.findById(token.accountId())
                        .filter(Account::active)
                        .orElseThrow(AuthenticationFailed::invalidRefreshToken);
                refreshTokens.markUsed(token.id(), now);
                return sessions.issue(account, session.id(), now);
            }
            default -> throw new IllegalStateException("unknown refresh token use");
        }
    }
}
