package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.NotFound;

/** The signed-in account as stored now (its role or district may have changed since the token was issued). */
@UseCase
public class ShowCurrentAccount {

    private final AccountRepository accounts;

    @Inject
    public ShowCurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public AccountView execute(Actor actor) {
        return accounts.findById(actor.accountId()).map(AccountView::of)
                .orElseThrow(() -> new NotFound("account", actor.accountId()));
    }
}
