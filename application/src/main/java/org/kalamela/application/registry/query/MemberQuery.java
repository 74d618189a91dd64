package org.kalamela.application.registry.query;

import java.time.LocalDate;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;

/**
 * The admin's filters on members and councilors; every field is optional. Ages are whole years on the day
 * the list is asked for, both bounds inclusive.
 */
public record MemberQuery(DistrictId districtId, UnitId unitId, Gender gender, Integer minAge, Integer maxAge,
                          String name) {

    public MemberQuery {
        new Validation()
                .check(minAge == null || minAge >= 0 && minAge <= Age.MAX_YEARS, "minAge",
                        "must be between 0 and " + Age.MAX_YEARS)
                .check(maxAge == null || maxAge >= 0 && maxAge <= Age.MAX_YEARS, "maxAge",
                        "must be between 0 and " + Age.MAX_YEARS)
                .check(minAge == null || maxAge == null || minAge <= maxAge, "maxAge", "must not be below minAge")
                .throwIfInvalid();
    }

    /** The same filter with the ages turned into birth dates on {@code today}. */
    public RegistryListReader.MemberFilter toFilter(LocalDate today) {
        LocalDate bornFrom = maxAge == null ? null : Age.earliestBirthDateFor(maxAge, today);
        LocalDate bornTo = minAge == null ? null : Age.latestBirthDateFor(minAge, today);
        return new RegistryListReader.MemberFilter(districtId, unitId, gender, bornFrom, bornTo, name);
    }
}
