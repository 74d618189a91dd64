package org.kalamela.application.identity.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.Session;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.identity.session.SessionStatus;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Sessions in memory, with the checks of the {@code sessions} table; an end keeps the first time and reason.
 * The status reads the account's one-time-password flag from the accounts, as the adapter's join does.
 */
public class InMemorySessionRepository implements SessionRepository {

    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final AccountRepository accounts;

    public InMemorySessionRepository(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized void start(SessionId id, AccountId accountId, Instant at) {
        if (sessions.containsKey(id)) {
            throw new IllegalStateException("duplicate key value violates unique constraint sessions_pkey");
        }
        sessions.put(id, new Session(id, accountId, micros(at), null, null));
    }

    @Override
    public synchronized Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized Optional<SessionStatus> statusOf(SessionId id) {
        return find(id).map(s -> new SessionStatus(s.accountId(), !s.open(),
                accounts.findById(s.accountId()).orElseThrow().passwordChangeRequired()));
    }

    @Override
    public synchronized void end(SessionId id, SessionEnd reason, Instant at) {
        endWhere(s -> s.id().equals(id), reason, at);
    }

    @Override
    public synchronized void endAllOf(AccountId accountId, SessionEnd reason, Instant at) {
        endWhere(s -> s.accountId().equals(accountId), reason, at);
    }

    @Override
    public synchronized void endAllOfExcept(AccountId accountId, SessionId keep, SessionEnd reason, Instant at) {
        endWhere(s -> s.accountId().equals(accountId) && !s.id().equals(keep), reason, at);
    }

    /** Every session, in the order they started. */
    public synchronized List<Session> all() {
        return List.copyOf(sessions.values());
    }

    private void endWhere(Predicate<Session> which, SessionEnd reason, Instant at) {
        sessions.replaceAll((id, s) -> s.open() && which.test(s)
                ? new Session(s.id(), s.accountId(), s.startedAt(), micros(at), reason) : s);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
