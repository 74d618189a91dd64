package org.kalamela.domain.registry.member;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

class MemberUniquenessTest {

    private static final LocalDate DOB = LocalDate.of(2006, 4, 1);
    private static final MemberDetails ANU =
            new MemberDetails("Anu Mathew", Gender.F, DOB, new PhoneNumber("9876543210"), null, null);
    private static final Member SELF = new Member(MemberId.of(1), UnitId.of(7), ANU);
    private static final Member OTHER = new Member(MemberId.of(2), UnitId.of(7), ANU);

    @Test
    void a_new_member_with_an_unused_phone_and_no_twin_is_unique() {
        assertThatCode(() -> MemberUniqueness.check(ANU, null, Optional.empty(), Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void an_edited_member_keeps_its_own_phone_name_and_date_of_birth() {
        assertThatCode(() -> MemberUniqueness.check(ANU, SELF.id(), Optional.of(SELF), Optional.of(SELF)))
                .doesNotThrowAnyException();
    }

    @Test
    void another_members_phone_is_refused_for_a_new_or_an_edited_member() {
        assertRefused(() -> MemberUniqueness.check(ANU, null, Optional.of(OTHER), Optional.empty()),
                "PHONE_IN_USE", "Another member has the phone number 9876543210");
        assertRefused(() -> MemberUniqueness.check(ANU, SELF.id(), Optional.of(OTHER), Optional.of(SELF)),
                "PHONE_IN_USE", "Another member has the phone number 9876543210");
    }

    @Test
    void a_unit_lists_a_person_once() {
        assertRefused(() -> MemberUniqueness.check(ANU, null, Optional.empty(), Optional.of(OTHER)),
                "DUPLICATE_MEMBER", "The unit already has Anu Mathew, born 2006-04-01");
        assertRefused(() -> MemberUniqueness.check(ANU, SELF.id(), Optional.of(SELF), Optional.of(OTHER)),
                "DUPLICATE_MEMBER", "The unit already has Anu Mathew, born 2006-04-01");
    }

    @Test
    void the_phone_is_reported_before_the_twin() {
        assertRefused(() -> MemberUniqueness.check(ANU, null, Optional.of(OTHER), Optional.of(OTHER)),
                "PHONE_IN_USE", "Another member has the phone number 9876543210");
    }
}
