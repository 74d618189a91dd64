package org.kalamela.application.conference.summary;

import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceFees;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.shared.value.Money;

/**
 * One district's line of a conference summary: its limits, officials and members registered, the delegates
 * by gender, food preference and accommodation, and the fees due for them (the conference's fee per delegate).
 */
public record DistrictSummary(long districtId, String districtName, DelegateLimits limits, int officials,
                              int members, int delegates, int male, int female, int veg, int nonVeg,
                              int accommodation, Money feesDue) {

    static DistrictSummary of(Conference conference, DistrictTally t) {
        return new DistrictSummary(t.districtId().value(), t.districtName(), t.limits(), t.officials(), t.members(),
                t.delegates(), t.male(), t.female(), t.veg(), t.nonVeg(), t.accommodation(),
                ConferenceFees.dues(conference, t.delegates()));
    }
}
