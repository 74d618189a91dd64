package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

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
}
