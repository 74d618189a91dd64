package org.kalamela.application.registry.unit;

import java.time.LocalDate;
import java.util.List;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitName;

/**
 * A unit's whole registration record, as the admin reviews it and as the printable registration form shows
 * it: the registration, the stated details and the officials ({@code null} until the unit gives them), the
 * councilors and the members ordered by name, each with their age on {@code asOf}.
 */
public record UnitRecord(UnitName unit, District district, UnitRegistration registration, UnitDetails details,
                         UnitOfficials officials, List<AgedMember> councilors, List<AgedMember> members,
                         LocalDate asOf) {

    public UnitRecord {
        councilors = List.copyOf(councilors);
        members = List.copyOf(members);
    }

    /** A member and their age in whole years on the record's date. */
    public record AgedMember(Member member, int age) {
    }
}
