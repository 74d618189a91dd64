package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamela.domain.shared.error.RuleViolation;

class RegistrationWorkflowTest {

    /** Every allowed move; every other (status, step) pair must be refused. */
    private static final Map<String, RegistrationStatus> ALLOWED = Map.of(
            "REGISTRATION_STARTED SUBMIT", RegistrationStatus.SUBMITTED,
            "RETURNED SUBMIT", RegistrationStatus.SUBMITTED,
            "SUBMITTED APPROVE", RegistrationStatus.APPROVED,
            "SUBMITTED RETURN", RegistrationStatus.RETURNED);

    static Stream<Arguments> everyStatusAndStep() {
        return Stream.of(RegistrationStatus.values())
                .flatMap(status -> Stream.of(RegistrationStep.values()).map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndStep")
    void moves_only_along_the_allowed_transitions(RegistrationStatus from, RegistrationStep step) {
        RegistrationStatus expected = ALLOWED.get(from + " " + step);
        assertThat(RegistrationWorkflow.allows(from, step)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(RegistrationWorkflow.next(from, step)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> RegistrationWorkflow.next(from, step))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.code()).isEqualTo("ILLEGAL_REGISTRATION_TRANSITION"));
        }
    }
}
