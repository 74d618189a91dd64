package org.kalamela.domain.registry.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AgeTest {

    private static final LocalDate BORN = LocalDate.of(2008, 6, 15);

    @Test
    void a_year_older_on_the_birthday() {
        assertThat(Age.of(BORN, LocalDate.of(2026, 6, 15))).isEqualTo(18);
    }

    @Test
    void not_yet_on_the_day_before_the_birthday() {
        assertThat(Age.of(BORN, LocalDate.of(2026, 6, 14))).isEqualTo(17);
    }

    @Test
    void zero_on_the_day_of_birth() {
        assertThat(Age.of(BORN, BORN)).isZero();
    }

    @Test
    void someone_born_on_29_february_is_a_year_older_on_1_march_in_other_years() {
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        assertThat(Age.of(leapDay, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Age.of(leapDay, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(Age.of(leapDay, LocalDate.of(2028, 2, 29))).isEqualTo(20);
    }

    @Test
    void there_is_no_age_before_birth() {
        assertThatIllegalArgumentException().isThrownBy(() -> Age.of(BORN, BORN.minusDays(1)));
    }

    @Test
    void birth_date_bounds_of_an_age_range_on_a_day() {
        LocalDate on = LocalDate.of(2026, 6, 15);
        assertThat(Age.latestBirthDateFor(18, on)).isEqualTo(LocalDate.of(2008, 6, 15));
        assertThat(Age.earliestBirthDateFor(18, on)).isEqualTo(LocalDate.of(2007, 6, 16));
    }

    @Property
    void an_age_range_and_its_birth_dates_agree(@ForAll @IntRange(min = 0, max = 40_000) int bornDay,
                                                @ForAll @IntRange(min = 0, max = 30_000) int livedDays,
                                                @ForAll @IntRange(min = 0, max = 90) int min,
                                                @ForAll @IntRange(min = 0, max = 20) int span) {
        LocalDate born = LocalDate.of(1920, 1, 1).plusDays(bornDay);
        LocalDate on = born.plusDays(livedDays);
        int max = min + span;
        int age = Age.of(born, on);
        boolean inAgeRange = age >= min && age <= max;
        boolean inDateRange = !born.isAfter(Age.latestBirthDateFor(min, on))
                && !born.isBefore(Age.earliestBirthDateFor(max, on));
        assertThat(inDateRange).isEqualTo(inAgeRange);
    }
}
