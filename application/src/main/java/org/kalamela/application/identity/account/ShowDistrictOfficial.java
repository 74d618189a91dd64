package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
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
        return StaffStatus.show(accounts, StaffKind.DISTRICT_OFFICIAL, id, actor);
    }
}
