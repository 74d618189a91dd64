package org.kalamela.adapters.persistence.registry.district;

import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.id.DistrictId;

/** The one mapping between a {@code districts} row and a {@link District}. */
final class DistrictMapper {

    private DistrictMapper() {
    }

    static District toDomain(DistrictEntity e) {
        return new District(DistrictId.of(e.id), e.name, e.active,
                new ConferenceLimits(e.conferenceOfficialLimit, e.conferenceMemberLimit));
    }

    /** A new district is active. */
    static DistrictEntity toEntity(String name, ConferenceLimits conferenceLimits) {
        DistrictEntity e = new DistrictEntity();
        e.active = true;
        copy(name, conferenceLimits, e);
        return e;
    }

    static void copy(District district, DistrictEntity e) {
        copy(district.name(), district.conferenceLimits(), e);
        e.active = district.active();
    }

    private static void copy(String name, ConferenceLimits conferenceLimits, DistrictEntity e) {
        e.name = name;
        e.conferenceOfficialLimit = conferenceLimits.officials();
        e.conferenceMemberLimit = conferenceLimits.members();
    }
}
