package org.kalamela.adapters.persistence.identity.session;

import java.time.Instant;
import org.kalamela.domain.identity.session.Session;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.shared.id.AccountId;

/** The one mapping between a {@code sessions} row and a {@link Session}. */
final class SessionMapper {

    private SessionMapper() {
    }

    static Session toDomain(SessionEntity e) {
        return new Session(new SessionId(e.id), AccountId.of(e.accountId), e.startedAt, e.endedAt,
                e.endReason == null ? null : SessionEnd.valueOf(e.endReason));
    }

    static SessionEntity toEntity(SessionId id, AccountId accountId, Instant startedAt) {
        SessionEntity e = new SessionEntity();
        e.id = id.value();
        e.accountId = accountId.value();
        e.startedAt = startedAt;
        return e;
    }
}
