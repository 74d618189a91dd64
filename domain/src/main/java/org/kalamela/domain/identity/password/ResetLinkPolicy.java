package org.kalamela.domain.identity.password;

import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The admin sends set-password links only to active accounts: a link would otherwise look like a way back
 * in for someone the admin deactivated, and it could not be used to sign in anyway.
 */
public final class ResetLinkPolicy {

    private ResetLinkPolicy() {
    }

    /** Throws {@code ACCOUNT_INACTIVE} for a deactivated account. */
    public static void checkSendable(Account account) {
        if (!account.active()) {
            throw new RuleViolation(ErrorCode.ACCOUNT_INACTIVE,
                    "The account " + account.username() + " is deactivated; reactivate it before sending a link");
        }
    }
}
