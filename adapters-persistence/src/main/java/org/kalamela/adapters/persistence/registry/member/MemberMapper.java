package org.kalamela.adapters.persistence.registry.member;

import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

/** The one mapping between a {@code members} row and a {@link Member}. */
final class MemberMapper {

    private MemberMapper() {
    }

    static Member toDomain(MemberEntity e) {
        return new Member(MemberId.of(e.id), UnitId.of(e.unitId), new MemberDetails(e.name, Gender.valueOf(e.gender),
                e.dateOfBirth, new PhoneNumber(e.phone), e.qualification,
                e.bloodGroup == null ? null : BloodGroup.parse(e.bloodGroup, "bloodGroup")));
    }

    static MemberEntity toEntity(UnitId unit, MemberDetails details) {
        MemberEntity e = new MemberEntity();
        e.unitId = unit.value();
        copy(details, e);
        return e;
    }

    static void copy(MemberDetails details, MemberEntity e) {
        e.name = details.name();
        e.gender = details.gender().name();
        e.dateOfBirth = details.dateOfBirth();
        e.phone = details.phone().digits();
        e.qualification = details.qualification();
        e.bloodGroup = details.bloodGroup() == null ? null : details.bloodGroup().label();
    }
}
