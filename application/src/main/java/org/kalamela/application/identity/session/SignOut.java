package org.kalamela.application.identity.session;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Ends the session the access token belongs to, so that the access token and every refresh token of it stop
 * at once. A refresh token given as well ends its own session when it is the signed-in account's; an unknown
 * or foreign token changes nothing and is not reported, so the call cannot be used to probe tokens.
 */
@UseCase
public class SignOut {

    private final SessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public SignOut(SessionRepository sessions, RefreshTokenRepository refreshTokens, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void execute(Actor actor, SessionId current, Optional<String> refreshToken) {
        Instant now = clock.instant();
        sessions.end(current, SessionEnd.SIGNED_OUT, now);
        refreshToken.filter(t -> !t.isBlank())
                .flatMap(t -> refreshTokens.findByHashForUpdate(OpaqueTokens.hash(t)))
                .filter(t -> t.accountId().equals(actor.accountId()))
                .ifPresent(t -> sessions.end(t.sessionId(), SessionEnd.SIGNED_OUT, now));
        audit.record(AuditEntry.by(actor, "SIGNED_OUT", "account", actor.accountId(), now,
                Map.of("session", current.value())));
    }
}
