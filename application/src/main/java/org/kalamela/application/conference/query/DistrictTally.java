package org.kalamela.application.conference.query;

import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * One district's delegates of a conference, counted: by kind (against the district's limits), by gender, by
 * food preference and those needing accommodation.
 */
public record DistrictTally(DistrictId districtId, String districtName, DelegateLimits limits, int officials,
                            int members, int male, int female, int veg, int nonVeg, int accommodation) {

    public int delegates() {
        return officials + members;
    }
}
