package org.kalamela.domain.festival.eligibility;

import java.util.Objects;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * A member of the registry as the festival lists them: what the rules read ({@link Candidate}: gender, date
 * of birth, exclusion in the edition, district and unit) and the names an official recognises them by.
 * Never the phone number.
 */
public record FestivalMember(Candidate candidate, String name, String unitName, String districtName) {

    public FestivalMember {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(districtName, "districtName");
    }

    public MemberId memberId() {
        return candidate.memberId();
    }

    public DistrictId districtId() {
        return candidate.districtId();
    }

    public UnitId unitId() {
        return candidate.unitId();
    }
}
