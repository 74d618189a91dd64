package org.kalamela.domain.registry.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

class MemberDetailsTest {

    private static final LocalDate DOB = LocalDate.of(2006, 4, 1);
    private static final PhoneNumber PHONE = new PhoneNumber("9876543210");

    @Test
    void names_are_tidied_and_blank_optional_fields_are_absent() {
        MemberDetails details = new MemberDetails("  Anu   Mathew ", Gender.F, DOB, PHONE, "  ", null);
        assertThat(details.name()).isEqualTo("Anu Mathew");
        assertThat(details.qualification()).isNull();
    }

    @Test
    void a_name_of_the_maximum_length_is_kept_and_one_more_character_refused() {
        String longest = "അ".repeat(Names.MAX_LENGTH);
        assertThat(new MemberDetails(longest, Gender.M, DOB, PHONE, null, null).name()).isEqualTo(longest);
        assertThatThrownBy(() -> new MemberDetails(longest + "a", Gender.M, DOB, PHONE, null, null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void required_fields_are_reported_together() {
        assertThatThrownBy(() -> new MemberDetails("Anu", null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("gender", "dateOfBirth", "phone"));
    }

    @Test
    void identity_is_name_ignoring_case_and_spacing_gender_and_birth_date() {
        MemberDetails anu = new MemberDetails("Anu Mathew", Gender.F, DOB, PHONE, "BSc", BloodGroup.O_POSITIVE);
        MemberDetails sameWithOtherContact =
                new MemberDetails("anu  MATHEW", Gender.F, DOB, new PhoneNumber("9123456780"), null, null);
        assertThat(anu.sameIdentityAs(sameWithOtherContact)).isTrue();
        assertThat(anu.sameIdentityAs(new MemberDetails("Anu Mathew", Gender.M, DOB, PHONE, null, null))).isFalse();
        assertThat(anu.sameIdentityAs(new MemberDetails("Anu Mathew", Gender.F, DOB.plusDays(1), PHONE, null, null)))
                .isFalse();
    }
}
