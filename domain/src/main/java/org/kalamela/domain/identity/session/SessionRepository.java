package org.kalamela.domain.identity.session;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Outbound port: the sessions (sign-ins) of accounts. Ending a session is permanent and keeps the first end,
 * so ending one twice changes nothing.
 */
public interface SessionRepository {

    void start(SessionId id, AccountId accountId, Instant at);

    Optional<Session> find(SessionId id);

    /** The status every request is checked against: one lookup by primary key, never cached. */
    Optional<SessionStatus> statusOf(SessionId id);

    void end(SessionId id, SessionEnd reason, Instant at);

    void endAllOf(AccountId accountId, SessionEnd reason, Instant at);

    /** Ends every open session of the account but {@code keep}: the one the person is using. */
    void endAllOfExcept(AccountId accountId, SessionId keep, SessionEnd reason, Instant at);
}
