package org.kalamela.adapters.persistence.registry.unit;

import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** The one mapping between a {@code units} row and a {@link UnitName}. */
final class UnitNameMapper {

    private UnitNameMapper() {
    }

    static UnitName toDomain(UnitNameEntity e) {
        return new UnitName(UnitId.of(e.id), DistrictId.of(e.districtId), e.name, e.active);
    }

    /** A new unit is active. */
    static UnitNameEntity toEntity(DistrictId district, String name) {
        UnitNameEntity e = new UnitNameEntity();
        e.districtId = district.value();
        e.name = name;
        e.active = true;
        return e;
    }

    static void copy(UnitName unit, UnitNameEntity e) {
        e.name = unit.name();
        e.active = unit.active();
    }
}
