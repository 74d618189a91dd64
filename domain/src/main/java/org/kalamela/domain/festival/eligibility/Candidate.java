package org.kalamela.domain.festival.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** A member as the festival sees them when deciding about an entry: no name, no phone, only what the rules read. */
public record Candidate(
        MemberId memberId,
        Gender gender,
        LocalDate dateOfBirth,
        boolean excluded,
        DistrictId districtId,
        UnitId unitId) {

    public Candidate {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(unitId, "unitId");
    }
}
