package org.kalamela.adapters.persistence.registry.officials;

import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** The one mapping between a {@code councilors} row and a {@link Councilor}. */
final class CouncilorMapper {

    private CouncilorMapper() {
    }

    static Councilor toDomain(CouncilorEntity e) {
        return new Councilor(UnitId.of(e.unitId), MemberId.of(e.memberId));
    }

    static CouncilorEntity toEntity(UnitId unit, MemberId member, int position) {
        CouncilorEntity e = new CouncilorEntity();
        e.memberId = member.value();
        e.unitId = unit.value();
        e.position = position;
        return e;
    }
}
