package org.kalamela.adapters.rest.registry.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.registry.unit.UnitRecord;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.UnitOfficials;

/**
 * The printable registration form as JSON: the record laid out as the paper form reads, every section in
 * the form's order, offices with their printed titles, members and councilors numbered from 1 with their
 * age on {@code asOf}. Parts the unit has not given yet are null (details) or empty (lists).
 */
@Schema(name = "RegistrationForm")
public record RegistrationFormDto(String registrationNumber, String status, String district, String unit,
                                  Integer registrationYear, Integer declaredMemberCount, List<Official> officials,
                                  List<Person> councilors, List<Person> members, int membersListed,
                                  LocalDate asOf) {

    @Schema(name = "RegistrationFormOfficial")
    public record Official(String office, String name, String phone) {
    }

    @Schema(name = "RegistrationFormPerson")
    public record Person(int number, String name, String gender, LocalDate dateOfBirth, int age, String phone,
                         String qualification, String bloodGroup) {
    }

    static RegistrationFormDto of(UnitRecord record) {
        var details = record.details();
        return new RegistrationFormDto(record.registration().number().value(), record.registration().status().name(),
                record.district().name(), record.unit().name(),
                details == null ? null : details.registrationYear(), details == null ? null : details.memberCount(),
                officials(record.officials()), people(record.councilors()), people(record.members()),
                record.members().size(), record.asOf());
    }

    private static List<Official> officials(UnitOfficials officials) {
        List<Official> rows = new ArrayList<>();
        if (officials != null) {
            for (Office office : Office.values()) {
                rows.add(new Official(office.title(), officials.holder(office).name(),
                        officials.holder(office).phone().digits()));
            }
        }
        return rows;
    }

    private static List<Person> people(List<UnitRecord.AgedMember> members) {
        List<Person> rows = new ArrayList<>();
        for (UnitRecord.AgedMember aged : members) {
            MemberDetails d = aged.member().details();
            rows.add(new Person(rows.size() + 1, d.name(), d.gender().name(), d.dateOfBirth(), aged.age(),
                    d.phone().digits(), d.qualification(), d.bloodGroup() == null ? null : d.bloodGroup().label()));
        }
        return rows;
    }
}
