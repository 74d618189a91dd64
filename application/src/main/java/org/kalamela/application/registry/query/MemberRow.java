package org.kalamela.application.registry.query;

import java.time.LocalDate;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * A member with their unit and district, as lists and exports of members and councilors show them.
 * Age is not stored: use cases compute it from the date of birth on the day they answer.
 */
public record MemberRow(MemberId memberId, UnitId unitId, String unitName, DistrictId districtId,
                        String districtName, String name, Gender gender, LocalDate dateOfBirth, String phone,
                        String qualification, BloodGroup bloodGroup) {
}
