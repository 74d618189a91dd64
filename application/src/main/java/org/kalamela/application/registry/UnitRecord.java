package org.kalamela.application.registry;

import java.time.LocalDate;
import java.util.List;
import org.kalamela.domain.registry.District;
import org.kalamela.domain.registry.Member;
import org.kalamela.domain.registry.UnitDetails;
import org.kalamela.domain.registry.UnitName;
import org.kalamela.domain.registry.UnitOfficials;
import org.kalamela.domain.registry.UnitRegistration;

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
