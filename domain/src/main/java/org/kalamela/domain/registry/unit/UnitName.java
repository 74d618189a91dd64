package org.kalamela.domain.registry.unit;

import java.util.Objects;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * A unit (a parish's youth unit) as master data: its name within its district. The registration form
 * offers the active names of a district; a unit's account, details and members all hang off this id.
 */
public record UnitName(UnitId id, DistrictId districtId, String name, boolean active) {

    public UnitName {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(districtId, "districtId");
        name = Names.require(name, "name");
    }

    public UnitName renamed(String newName) {
        return new UnitName(id, districtId, newName, active);
    }

    public UnitName withActive(boolean nowActive) {
        return new UnitName(id, districtId, name, nowActive);
    }
}
