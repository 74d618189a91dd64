package org.kalamela.domain.registry.member;

import java.time.LocalDate;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * What a unit records about a member. Name, gender, date of birth and phone are required; qualification
 * and blood group are optional ({@code null} when not given). The plausibility of the date of birth depends
 * on the day of entry and is checked by {@link DateOfBirthPolicy}.
 */
public record MemberDetails(String name, Gender gender, LocalDate dateOfBirth, PhoneNumber phone,
                            String qualification, BloodGroup bloodGroup) {

    public MemberDetails {
        new Validation()
                .required(gender, "gender")
                .required(dateOfBirth, "dateOfBirth")
                .required(phone, "phone")
                .throwIfInvalid();
        name = Names.require(name, "name");
        qualification = Names.optional(qualification, "qualification");
    }

    /**
     * True when name, gender and date of birth are the same: the facts festival entries rely on (seniority,
     * gender restrictions, certificates), which only the admin may change once a member has entries.
     */
    public boolean sameIdentityAs(MemberDetails other) {
        return Names.key(name).equals(Names.key(other.name)) && gender == other.gender
                && dateOfBirth.equals(other.dateOfBirth);
    }
}
