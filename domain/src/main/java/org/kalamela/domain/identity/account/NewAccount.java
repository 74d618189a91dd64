package org.kalamela.domain.identity.account;

import java.util.Locale;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * An account about to be created; the password is already hashed. Emails are kept in lower case. A password
 * chosen by someone else than the owner (a one-time password) must be changed at the first sign-in.
 */
public record NewAccount(
        String username,
        String email,
        String phone,
        String displayName,
        String passwordHash,
        Role role,
        DistrictId districtId,
        UnitId unitId,
        boolean passwordChangeRequired) {

    /** An account whose owner chose the password. */
    public NewAccount(String username, String email, String phone, String displayName, String passwordHash, Role role,
                      DistrictId districtId, UnitId unitId) {
        this(username, email, phone, displayName, passwordHash, role, districtId, unitId, false);
    }

    public NewAccount {
        new Validation()
                .required(username, "username")
                .required(displayName, "displayName")
                .required(passwordHash, "password")
                .required(role, "role")
                .check(role != Role.DISTRICT_OFFICIAL || districtId != null, "districtId",
                        "a district official belongs to a district")
                .check(role != Role.UNIT || unitId != null, "unitId", "a unit account belongs to a unit")
                .throwIfInvalid();
        email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        phone = phone == null || phone.isBlank() ? null : phone.trim();
        username = username.trim();
    }

    /** The same account with a one-time password, to be replaced by its owner at the first sign-in. */
    public NewAccount withOneTimePassword() {
        return new NewAccount(username, email, phone, displayName, passwordHash, role, districtId, unitId, true);
    }
}
