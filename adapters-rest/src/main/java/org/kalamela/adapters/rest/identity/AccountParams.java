package org.kalamela.adapters.rest.identity;

import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/** Reads the account ids of the admin's account endpoints (district officials, judges). */
final class AccountParams {

    private AccountParams() {
    }

    /** An id in the path that no account can have (0 or less) is simply not found, named as the endpoint's kind. */
    static AccountId accountPath(long id, String kind) {
        if (id <= 0) {
            throw new NotFound(kind, id);
        }
        return AccountId.of(id);
    }
}
