package org.kalamela.application.identity.contract;

import java.util.UUID;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;

/** Accounts for the token and throttle contracts to refer to: judges, which need no district or unit. */
final class ContractAccounts {

    private ContractAccounts() {
    }

    static AccountId newAccount(AccountRepository accounts) {
        String username = "contract-" + UUID.randomUUID();
        return accounts.create(new NewAccount(username, null, null, "Contract " + username, "hash", Role.JUDGE,
                null, null));
    }
}
