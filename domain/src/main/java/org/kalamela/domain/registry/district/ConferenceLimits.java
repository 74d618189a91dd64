package org.kalamela.domain.registry.district;

import org.kalamela.domain.shared.validation.Validation;

/**
 * How many officials and how many members a district may send to a conference as delegates
 * ({@code data/districts.csv} has the limits in use). Kept on the district; the conference context reads it.
 */
public record ConferenceLimits(int officials, int members) {

    public ConferenceLimits {
        new Validation()
                .check(officials >= 0, "conferenceOfficialLimit", "must be 0 or more")
                .check(members >= 0, "conferenceMemberLimit", "must be 0 or more")
                .throwIfInvalid();
    }
}
