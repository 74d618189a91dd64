package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.InvalidInput;

class RegistrationYearPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 20);
    private final RegistrationYearPolicy policy = new RegistrationYearPolicy(new RegistryRules(10, 80, 1900, 1));

    @Test
    void from_the_earliest_year_to_next_year() {
        assertThatCode(() -> policy.check(1900, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(2026, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_year_before_the_earliest_or_after_next_year() {
        assertThatThrownBy(() -> policy.check(1899, TODAY)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> policy.check(2027, TODAY)).isInstanceOf(InvalidInput.class);
    }
}
