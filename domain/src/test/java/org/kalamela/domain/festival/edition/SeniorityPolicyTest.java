package org.kalamela.domain.festival.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.shared.id.MemberId;

class SeniorityPolicyTest {

    private final FestivalRules rules = FestivalRules.defaults2026();
    private final SeniorityPolicy policy = new SeniorityPolicy(rules);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
            "2011-07-01, NONE",
            "2011-06-30, JUNIOR",
            "2005-01-11, JUNIOR",
            "2005-01-10, SENIOR",
            "1991-01-11, SENIOR",
            "1991-01-10, NONE",
            "2008-06-15, JUNIOR",
            "1998-02-28, SENIOR",
            "2015-01-01, NONE",
            "1970-01-01, NONE"})
    void seniority_on_each_range_end_and_one_day_outside(LocalDate dateOfBirth, Seniority expected) {
        assertThat(policy.seniorityOf(dateOfBirth)).isEqualTo(Optional.ofNullable(expected));
    }

    @Property
    void a_date_has_the_seniority_of_the_range_holding_it(@ForAll @IntRange(min = -20000, max = 20000) int day) {
        LocalDate date = LocalDate.of(2005, 1, 10).plusDays(day);
        Optional<Seniority> seniority = policy.seniorityOf(date);
        assertThat(seniority.isPresent())
                .isEqualTo(rules.juniorBirthDates().contains(date) || rules.seniorBirthDates().contains(date));
        seniority.ifPresent(s -> assertThat(rules.birthDates(s).contains(date)).isTrue());
    }

    @Test
    void a_member_born_outside_both_ranges_is_not_eligible_when_a_seniority_is_required() {
        assertThat(policy.requireSeniorityOf(MemberId.of(4), LocalDate.of(2011, 6, 30))).isEqualTo(Seniority.JUNIOR);
        assertThat(policy.requireSeniorityOf(MemberId.of(4), LocalDate.of(1991, 1, 11))).isEqualTo(Seniority.SENIOR);
        assertRefused(() -> policy.requireSeniorityOf(MemberId.of(4), LocalDate.of(2011, 7, 1)), "NOT_ELIGIBLE",
                "The date of birth of member 4 is outside the junior and senior ranges of the edition");
        assertRefused(() -> policy.requireSeniorityOf(MemberId.of(4), LocalDate.of(1991, 1, 10)), "NOT_ELIGIBLE",
                "The date of birth of member 4 is outside the junior and senior ranges of the edition");
    }

    @Test
    void seniority_reads_its_display_names() {
        assertThat(Seniority.parse("Junior")).isEqualTo(Seniority.JUNIOR);
        assertThat(Seniority.parse(" SENIOR ")).isEqualTo(Seniority.SENIOR);
        assertThat(Seniority.JUNIOR.displayName()).isEqualTo("Junior");
        assertInvalidField(() -> Seniority.parse("Jr"), "seniority");
        assertInvalidField(() -> Seniority.parse(null), "seniority");
    }
}
