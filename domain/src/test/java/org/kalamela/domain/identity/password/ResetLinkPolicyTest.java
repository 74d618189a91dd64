package org.kalamela.domain.identity.password;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

class ResetLinkPolicyTest {

    @Test
    void an_active_account_gets_a_link() {
        assertThatCode(() -> ResetLinkPolicy.checkSendable(official(true))).doesNotThrowAnyException();
    }

    @Test
    void a_deactivated_account_gets_none() {
        assertRefused(() -> ResetLinkPolicy.checkSendable(official(false)), "ACCOUNT_INACTIVE",
                "The account official-kottayam is deactivated; reactivate it before sending a link");
    }

    private static Account official(boolean active) {
        return new Account(AccountId.of(5), "official-kottayam", null, null, "Kottayam official", "hash",
                Role.DISTRICT_OFFICIAL, DistrictId.of(1), null, active, false);
    }
}
