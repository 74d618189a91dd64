package org.kalamela.application.festival.query;

import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Narrows a list of teams; every field is optional (null matches everything). Teams have no seniority. */
public record TeamFilter(DistrictId districtId, UnitId unitId, EventId eventId) {

    public static TeamFilter all() {
        return new TeamFilter(null, null, null);
    }

    public static TeamFilter ofDistrict(DistrictId district) {
        return new TeamFilter(district, null, null);
    }
}
