package org.kalamela.application.registry.member;

import java.time.LocalDate;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.member.DateOfBirthPolicy;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.member.MemberUniqueness;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * The checks every way of writing a member shares (the unit adding or editing, the admin editing): each
 * field valid, every invalid field reported at once, then the phone free and no twin in the unit.
 */
final class MemberChecks {

    private final MemberRepository members;
    private final DateOfBirthPolicy dateOfBirthPolicy;

    MemberChecks(MemberRepository members, RegistryRules rules) {
        this.members = members;
        this.dateOfBirthPolicy = new DateOfBirthPolicy(rules);
    }

    /** The form's details, checked on {@code today}; throws every field error together. */
    MemberDetails details(MemberForm form, LocalDate today) {
        if (form == null) {
            throw InvalidInput.field("member", "is required");
        }
        Validation errors = new Validation();
        String name = errors.read(() -> Names.require(form.name(), "name"));
        Gender gender = errors.read(() -> Gender.parse(form.gender()));
        errors.check(() -> dateOfBirthPolicy.check(form.dateOfBirth(), today, "dateOfBirth"));
        PhoneNumber phone = errors.read(() -> PhoneNumber.parse(form.phone(), "phone"));
        String qualification = errors.read(() -> Names.optional(form.qualification(), "qualification"));
        BloodGroup bloodGroup = form.bloodGroup() == null || form.bloodGroup().isBlank() ? null
                : errors.read(() -> BloodGroup.parse(form.bloodGroup(), "bloodGroup"));
        errors.throwIfInvalid();
        return new MemberDetails(name, gender, form.dateOfBirth(), phone, qualification, bloodGroup);
    }

    /**
     * Refuses a phone that another member has ({@code PHONE_IN_USE}) and a second member of the unit with
     * the same name and date of birth ({@code DUPLICATE_MEMBER}); {@code self} is the member being edited.
     */
    void unique(UnitId unit, MemberDetails details, MemberId self) {
        MemberUniqueness.check(details, self, members.findByPhone(details.phone()),
                members.findByNameAndDateOfBirth(unit, details.name(), details.dateOfBirth()));
    }
}
