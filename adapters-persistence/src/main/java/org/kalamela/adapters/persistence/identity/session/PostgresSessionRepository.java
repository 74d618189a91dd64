package org.kalamela.adapters.persistence.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.identity.session.Session;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.identity.session.SessionStatus;
import org.kalamela.domain.shared.id.AccountId;

@ApplicationScoped
public class PostgresSessionRepository implements SessionRepository {

    private final SessionPanacheRepository sessions;

    @Inject
    PostgresSessionRepository(SessionPanacheRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void start(SessionId id, AccountId accountId, Instant at) {
        // Flushed at once: find() refreshes from the database, which must already hold the row.
        sessions.persistAndFlush(SessionMapper.toEntity(id, accountId, at));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return sessions.findByIdOptional(id.value()).map(this::current).map(SessionMapper::toDomain);
    }

    /**
     * One statement, two primary-key lookups (the session and its account), read as a plain projection: no
     * entity is loaded into the persistence context per request.
     */
    @Override
    public Optional<SessionStatus> statusOf(SessionId id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sessions.getEntityManager()
                .createNativeQuery("SELECT s.account_id, s.ended_at IS NOT NULL, a.password_change_required"
                        + " FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = ?1")
                .setParameter(1, id.value())
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new SessionStatus(AccountId.of(((Number) r[0]).longValue()), (Boolean) r[1],
                        (Boolean) r[2]));
    }

    @Override
    public void end(SessionId id, SessionEnd reason, Instant at) {
        sessions.update("endedAt = ?1, endReason = ?2 where id = ?3 and endedAt is null", at, reason.name(),
                id.value());
    }

    @Override
    public void endAllOf(AccountId accountId, SessionEnd reason, Instant at) {
        sessions.update("endedAt = ?1, endReason = ?2 where accountId = ?3 and endedAt is null", at, reason.name(),
                accountId.value());
    }

    @Override
    public void endAllOfExcept(AccountId accountId, SessionId keep, SessionEnd reason, Instant at) {
        sessions.update("endedAt = ?1, endReason = ?2 where accountId = ?3 and id <> ?4 and endedAt is null", at,
                reason.name(), accountId.value(), keep.value());
    }

    /** As the database has it now: the ends above are bulk updates, which bypass the persistence context. */
    private SessionEntity current(SessionEntity e) {
        sessions.getEntityManager().refresh(e);
        return e;
    }
}
