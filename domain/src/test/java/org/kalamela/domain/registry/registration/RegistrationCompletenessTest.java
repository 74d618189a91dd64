package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.RuleViolation;

class RegistrationCompletenessTest {

    private final RegistrationCompleteness completeness =
            new RegistrationCompleteness(new RegistryRules(10, 80, 1900, 2));

    @Test
    void complete_with_details_officials_and_the_minimum_number_of_members() {
        assertThatCode(() -> completeness.check(true, true, 2)).doesNotThrowAnyException();
    }

    @Test
    void names_every_missing_part() {
        assertThatThrownBy(() -> completeness.check(false, false, 1)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.code()).isEqualTo("REGISTRATION_INCOMPLETE");
            assertThat(e.getMessage()).contains("unit details", "officials", "at least 2 member");
        });
    }

    @Test
    void one_member_short_is_incomplete() {
        assertThatThrownBy(() -> completeness.check(true, true, 1)).isInstanceOf(RuleViolation.class);
    }
}
