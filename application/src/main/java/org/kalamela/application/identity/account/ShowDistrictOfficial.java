package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/** One district official's account (the Location of a created one); any other account is not found. */
@UseCase
public class ShowDistrictOfficial {

    private final AccountRepository accounts;

    @Inject
    public ShowDistrictOfficial(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public AccountView execute(AccountId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<Account>empty() : accounts.findById(id))
                .filter(account -> account.role() == Role.DISTRICT_OFFICIAL)
                .map(AccountView::of)
                .orElseThrow(() -> new NotFound("account", id));
    }
}
