package org.kalamela.application.identity.account;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.actor.Role;

/** The district official accounts, active and inactive, optionally of one district (admin). */
@UseCase
public class ListDistrictOfficials {

    private final AccountRepository accounts;

    @Inject
    public ListDistrictOfficials(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Page<AccountView> execute(DistrictId district, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return accounts.findByRole(Role.DISTRICT_OFFICIAL, district, page).map(AccountView::of);
    }

    /** One district official's account (the Location of a created one); any other account is not found. */
    @Transactional
    public AccountView one(AccountId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<Account>empty() : accounts.findById(id))
                .filter(account -> account.role() == Role.DISTRICT_OFFICIAL)
                .map(AccountView::of)
                .orElseThrow(() -> new NotFound("account", id));
    }
}
