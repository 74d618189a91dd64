package org.kalamela.domain.identity;

import java.util.Objects;
import org.kalamela.domain.shared.AccountId;

/** What each request needs to know of its session, read in one indexed lookup. */
public record SessionStatus(AccountId accountId, boolean ended) {

    public SessionStatus {
        Objects.requireNonNull(accountId, "accountId");
    }
}
