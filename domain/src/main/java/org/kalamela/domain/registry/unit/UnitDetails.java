package org.kalamela.domain.registry.unit;

import java.util.Objects;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * What a unit states about itself on the registration form: the year of its registration and how many
 * members it has (the declared number; the member list is the record that festival entries use). Whether
 * the year is plausible depends on the day; {@link RegistrationYearPolicy} checks it.
 */
public record UnitDetails(UnitId unitId, int registrationYear, int memberCount) {

    public UnitDetails {
        Objects.requireNonNull(unitId, "unitId");
        new Validation()
                .check(registrationYear > 0, "registrationYear", "must be a year")
                .check(memberCount >= 0, "memberCount", "must be 0 or more")
                .throwIfInvalid();
    }
}
