package org.kalamela.domain.registry.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.error.RuleViolation;

class UnitEditPolicyTest {

    private static final Set<UnitChange> AFTER_APPROVAL =
            EnumSet.of(UnitChange.ADD_MEMBER, UnitChange.EDIT_MEMBER_CONTACT, UnitChange.EDIT_MEMBER_IDENTITY);

    static Stream<Arguments> everyStatusAndChange() {
        return Stream.of(RegistrationStatus.values())
                .flatMap(status -> Stream.of(UnitChange.values()).map(change -> Arguments.of(status, change)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyStatusAndChange")
    void what_a_unit_may_change_in_each_state(RegistrationStatus status, UnitChange change) {
        boolean allowed = switch (status) {
            case REGISTRATION_STARTED, RETURNED -> true;
            case SUBMITTED -> false;
            case APPROVED -> AFTER_APPROVAL.contains(change);
        };
        if (allowed) {
            assertThatCode(() -> UnitEditPolicy.check(status, change)).doesNotThrowAnyException();
        } else {
            assertCode(() -> UnitEditPolicy.check(status, change), "UNIT_LOCKED");
        }
    }

    @Test
    void entries_protect_a_members_identity_and_membership_but_not_their_contact_details() {
        for (RegistrationStatus open : EnumSet.of(RegistrationStatus.REGISTRATION_STARTED,
                RegistrationStatus.RETURNED, RegistrationStatus.APPROVED)) {
            assertCode(() -> UnitEditPolicy.checkMember(open, UnitChange.EDIT_MEMBER_IDENTITY, true),
                    "MEMBER_HAS_ENTRIES");
            assertThatCode(() -> UnitEditPolicy.checkMember(open, UnitChange.EDIT_MEMBER_CONTACT, true))
                    .doesNotThrowAnyException();
            assertThatCode(() -> UnitEditPolicy.checkMember(open, UnitChange.EDIT_MEMBER_IDENTITY, false))
                    .doesNotThrowAnyException();
        }
        assertCode(() -> UnitEditPolicy.checkMember(RegistrationStatus.RETURNED, UnitChange.REMOVE_MEMBER, true),
                "MEMBER_HAS_ENTRIES");
    }

    @Test
    void a_submitted_unit_is_locked_before_entries_are_considered() {
        assertCode(() -> UnitEditPolicy.checkMember(RegistrationStatus.SUBMITTED, UnitChange.EDIT_MEMBER_IDENTITY,
                true), "UNIT_LOCKED");
    }

    private static void assertCode(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
