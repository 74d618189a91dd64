package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.AccountId;

/** One judge's account (the Location of a created one); any other account is not found (admin). */
@UseCase
public class ShowJudge {

    private final AccountRepository accounts;

    @Inject
    public ShowJudge(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public AccountView execute(AccountId id, Actor actor) {
        return StaffStatus.show(accounts, StaffKind.JUDGE, id, actor);
    }
}
