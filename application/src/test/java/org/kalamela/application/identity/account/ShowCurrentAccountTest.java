package org.kalamela.application.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

class ShowCurrentAccountTest {

    private final IdentityFixture world = new IdentityFixture();

    @Test
    void showsTheAccountAsStoredNowWithoutItsHash() {
        Account mary = world.official("mary", "9847000001");
        world.accounts.setActive(mary.id(), false);

        AccountView view = world.showCurrentAccount.execute(mary.asActor());

        assertThat(view).isEqualTo(new AccountView(mary.id().value(), "mary", "Official mary", "mary@example.org",
                "9847000001", Role.DISTRICT_OFFICIAL, mary.districtId().value(), null, false, false));
    }

    @Test
    void anAccountThatNoLongerExistsIsNotFound() {
        Actor ghost = new Actor(AccountId.of(999), "ghost", Role.ADMIN, null, null);

        assertThatThrownBy(() -> world.showCurrentAccount.execute(ghost)).isInstanceOf(NotFound.class);
    }
}
