package org.kalamela.domain.identity.session;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/**
 * One sign-in of an account, from the sign-in until it ends. Its access tokens and refresh tokens work only
 * while it is open; ending it stops them all at once.
 */
public record Session(SessionId id, AccountId accountId, Instant startedAt, Instant endedAt, SessionEnd endReason) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(startedAt, "startedAt");
        if ((endedAt == null) != (endReason == null)) {
            throw new IllegalArgumentException("an ended session has both an end time and a reason");
        }
    }

    public boolean open() {
        return endedAt == null;
    }
}
