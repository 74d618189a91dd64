package org.kalamela.domain.identity.account;

import java.util.Objects;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * A sign-in account. {@code email} and {@code phone} are optional but unique when present; the username is
 * unique and, for a unit account, the unit's registration number. {@code passwordChangeRequired} marks a
 * password someone else chose (a one-time password the admin handed over): until the owner replaces it,
 * the account's sessions may do nothing but change it.
 */
public record Account(
        AccountId id,
        String username,
        String email,
        String phone,
        String displayName,
        String passwordHash,
        Role role,
        DistrictId districtId,
        UnitId unitId,
        boolean active,
        boolean passwordChangeRequired) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
    }

    /** The actor this account acts as once signed in. */
    public Actor asActor() {
        return new Actor(id, username, role, districtId, unitId);
    }
}
