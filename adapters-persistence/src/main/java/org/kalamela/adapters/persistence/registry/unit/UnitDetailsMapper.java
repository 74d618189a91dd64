package org.kalamela.adapters.persistence.registry.unit;

import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.shared.id.UnitId;

/** The one mapping between a {@code unit_details} row and {@link UnitDetails}. */
final class UnitDetailsMapper {

    private UnitDetailsMapper() {
    }

    static UnitDetails toDomain(UnitDetailsEntity e) {
        return new UnitDetails(UnitId.of(e.unitId), e.registrationYear, e.memberCount);
    }

    static UnitDetailsEntity toEntity(UnitDetails details) {
        UnitDetailsEntity e = new UnitDetailsEntity();
        e.unitId = details.unitId().value();
        copy(details, e);
        return e;
    }

    static void copy(UnitDetails details, UnitDetailsEntity e) {
        e.registrationYear = details.registrationYear();
        e.memberCount = details.memberCount();
    }
}
