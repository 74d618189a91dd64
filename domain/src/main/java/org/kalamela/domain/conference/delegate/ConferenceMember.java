package org.kalamela.domain.conference.delegate;

import java.util.Objects;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** What the conference needs to know about a member of a unit: who, of which district, and the gender. */
public record ConferenceMember(MemberId memberId, DistrictId districtId, String name, Gender gender) {

    public ConferenceMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
    }
}
