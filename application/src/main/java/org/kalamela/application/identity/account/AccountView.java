package org.kalamela.application.identity.account;

import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.actor.Role;

/**
 * An account as the API shows it: never its password hash. {@code passwordChangeRequired}: the account signed
 * in with a one-time password and may do nothing but replace it.
 */
public record AccountView(long id, String username, String displayName, String email, String phone, Role role,
                          Long districtId, Long unitId, boolean active, boolean passwordChangeRequired) {

    public static AccountView of(Account a) {
        return new AccountView(a.id().value(), a.username(), a.displayName(), a.email(), a.phone(), a.role(),
                a.districtId() == null ? null : a.districtId().value(),
                a.unitId() == null ? null : a.unitId().value(), a.active(), a.passwordChangeRequired());
    }
}
