package org.kalamela.domain.identity.session;

import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What each request needs to know of its session and its account, read in one indexed lookup: whether it
 * ended, and whether the account must replace a one-time password first.
 */
public record SessionStatus(AccountId accountId, boolean ended, boolean passwordChangeRequired) {

    public SessionStatus {
        Objects.requireNonNull(accountId, "accountId");
    }
}
