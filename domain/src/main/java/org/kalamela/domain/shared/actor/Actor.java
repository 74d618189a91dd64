package org.kalamela.domain.shared.actor;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Who is acting: every use case receives one and checks against it which district's or unit's data may be
 * touched. A district official carries their district; a unit account its unit and that unit's district.
 */
public record Actor(AccountId accountId, String username, Role role, DistrictId districtId, UnitId unitId) {

    public Actor {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.DISTRICT_OFFICIAL && districtId == null) {
            throw new IllegalArgumentException("a district official acts for a district");
        }
        if (role == Role.UNIT && unitId == null) {
            throw new IllegalArgumentException("a unit account acts for a unit");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Optional<DistrictId> district() {
        return Optional.ofNullable(districtId);
    }

    public Optional<UnitId> unit() {
        return Optional.ofNullable(unitId);
    }

    /** Refuses the action unless the actor has one of the roles. */
    public Actor require(Role... allowed) {
        for (Role r : allowed) {
            if (r == role) {
                return this;
            }
        }
        throw new Forbidden("This action is not allowed for the role " + role);
    }

    /** True when the actor may see data of the district: admins everywhere, others only their own. */
    public boolean mayAccessDistrict(DistrictId district) {
        return isAdmin() || (districtId != null && districtId.equals(district));
    }

    /** True when the actor may see data of the unit: admins everywhere, unit accounts only their own. */
    public boolean mayAccessUnit(UnitId unit) {
        return isAdmin() || (unitId != null && unitId.equals(unit));
    }
}
