package org.kalamela.domain.registry.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.InvalidInput;

class DateOfBirthPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final DateOfBirthPolicy policy = new DateOfBirthPolicy(new RegistryRules(10, 80, 1900, 1));

    @Test
    void the_youngest_plausible_member_turned_the_minimum_age_today() {
        assertThatCode(() -> policy.check(LocalDate.of(2016, 3, 10), TODAY, "dateOfBirth"))
                .doesNotThrowAnyException();
    }

    @Test
    void one_day_younger_is_refused() {
        assertRefused(LocalDate.of(2016, 3, 11), "gives an age of 9");
    }

    @Test
    void the_oldest_plausible_member_is_the_maximum_age_until_the_next_birthday() {
        assertThatCode(() -> policy.check(LocalDate.of(1945, 3, 11), TODAY, "dateOfBirth"))
                .doesNotThrowAnyException();
    }

    @Test
    void one_day_older_is_refused() {
        assertRefused(LocalDate.of(1945, 3, 10), "gives an age of 81");
    }

    @Test
    void a_date_in_the_future_is_refused() {
        assertRefused(TODAY.plusDays(1), "must not be in the future");
    }

    @Test
    void a_missing_date_is_reported_on_the_field() {
        assertRefused(null, "is required");
    }

    private void assertRefused(LocalDate dateOfBirth, String message) {
        assertThatThrownBy(() -> policy.check(dateOfBirth, TODAY, "members[2].dateOfBirth"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("members[2].dateOfBirth");
                    assertThat(e.errors().get(0).message()).contains(message);
                });
    }
}
