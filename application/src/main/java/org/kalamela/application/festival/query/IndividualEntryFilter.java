package org.kalamela.application.festival.query;

import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Narrows a list of individual entries; every field is optional (null matches everything). */
public record IndividualEntryFilter(DistrictId districtId, UnitId unitId, EventId eventId, Seniority seniority) {

    public static IndividualEntryFilter all() {
        return new IndividualEntryFilter(null, null, null, null);
    }

    public static IndividualEntryFilter ofDistrict(DistrictId district) {
        return new IndividualEntryFilter(district, null, null, null);
    }
}
