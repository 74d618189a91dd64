package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The judges' accounts, active and inactive, by username (admin). */
@UseCase
public class ListJudges {

    private final AccountRepository accounts;

    @Inject
    public ListJudges(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Page<AccountView> execute(PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return accounts.findByRole(Role.JUDGE, null, page).map(AccountView::of);
    }
}
