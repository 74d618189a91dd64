package org.kalamela.domain.festival.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.festival.FestivalFixtures.withFees;
import static org.kalamela.domain.festival.FestivalFixtures.withLimits;
import static org.kalamela.domain.festival.FestivalFixtures.withSeries;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.value.Money;

class FestivalRulesTest {

    private final FestivalRules d = FestivalRules.defaults2026();

    @Test
    void defaults_are_the_2025_26_rules_of_the_domain() {
        assertThat(d.juniorBirthDates()).isEqualTo(range("2005-01-11", "2011-06-30"));
        assertThat(d.seniorBirthDates()).isEqualTo(range("1991-01-11", "2005-01-10"));
        assertThat(d.maxEntriesPerDistrictPerEvent()).isEqualTo(2);
        assertThat(d.maxIndividualEventsPerMember()).isEqualTo(5);
        assertThat(d.chestNumbers(Seniority.JUNIOR)).isEqualTo(new ChestNumberSeries(1001, 1999));
        assertThat(d.chestNumbers(Seniority.SENIOR)).isEqualTo(new ChestNumberSeries(2001, 2999));
        assertThat(d.maxTeamsPerDistrictPerEvent()).isEqualTo(2);
        assertThat(d.individualFee()).isEqualTo(Money.of(50));
        assertThat(d.teamFee()).isEqualTo(Money.of(100));
        assertThat(d.conferenceDelegateFee()).isEqualTo(Money.of(300));
        assertThat(d.appealFee()).isEqualTo(Money.of(1000));
        assertThat(d.grades()).containsExactly(GradeThreshold.of("A", 60, 5), GradeThreshold.of("B", 50, 3),
                GradeThreshold.of("C", 40, 1));
        assertThat(d.rankPoints()).containsExactly(5, 3, 1);
        assertThat(d.appealWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(d.kalaprathibhaMinimumEvents()).isEqualTo(2);
        assertThat(d.judgesPerEvent()).isEqualTo(3);
        assertThat(d.markAggregation()).isEqualTo(MarkAggregation.MEAN);
        assertThat(d.trimmedMeanMinimumJudges()).isEqualTo(5);
    }

    @Test
    void birth_date_ranges_may_not_overlap_even_by_one_day() {
        assertInvalidField(() -> withRanges(range("2005-01-10", "2011-06-30"), d.seniorBirthDates()),
                "seniorBirthDates");
        assertThat(withRanges(range("2005-01-11", "2011-06-30"), range("1991-01-11", "2005-01-10"))).isNotNull();
    }

    @Test
    void chest_number_series_may_not_overlap() {
        assertInvalidField(() -> withSeries(new ChestNumberSeries(1001, 2001), new ChestNumberSeries(2001, 2999)),
                "seniorChestNumbers");
        assertThat(withSeries(new ChestNumberSeries(1, 1), new ChestNumberSeries(2, 2))).isNotNull();
    }

    @Test
    void limits_are_at_least_one() {
        assertInvalidField(() -> withLimits(0, 5, 2), "maxEntriesPerDistrictPerEvent");
        assertInvalidField(() -> withLimits(2, 0, 2), "maxIndividualEventsPerMember");
        assertInvalidField(() -> withLimits(2, 5, 0), "maxTeamsPerDistrictPerEvent");
        assertThat(withLimits(1, 1, 1).maxEntriesPerDistrictPerEvent()).isEqualTo(1);
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertThatThrownBy(() -> new FestivalRules(null, null, 0, 0, null, null, 0, Money.of(-1), null, null,
                null, null, null, 0, 0, 0, null, 2))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).contains(
                                "juniorBirthDates", "seniorBirthDates", "maxEntriesPerDistrictPerEvent",
                                "maxIndividualEventsPerMember", "juniorChestNumbers", "seniorChestNumbers",
                                "maxTeamsPerDistrictPerEvent", "individualFee", "teamFee", "conferenceDelegateFee",
                                "appealFee", "grades", "rankPoints", "appealWindowMinutes",
                                "kalaprathibhaMinimumEvents", "judgesPerEvent", "markAggregation",
                                "trimmedMeanMinimumJudges"));
    }

    @Test
    void fees_may_be_zero_but_not_negative() {
        assertThat(withBothFees(Money.ZERO)).isNotNull();
        assertInvalidField(() -> withBothFees(Money.of(-50)), "individualFee");
    }

    @Test
    void grades_go_down_with_unique_names() {
        assertInvalidField(() -> withGrades(List.of(GradeThreshold.of("A", 50, 5), GradeThreshold.of("B", 60, 3))),
                "grades");
        assertInvalidField(() -> withGrades(List.of(GradeThreshold.of("A", 60, 5), GradeThreshold.of("B", 60, 3))),
                "grades");
        assertInvalidField(() -> withGrades(List.of(GradeThreshold.of("A", 60, 1), GradeThreshold.of("B", 50, 3))),
                "grades");
        assertInvalidField(() -> withGrades(List.of(GradeThreshold.of("A", 60, 5), GradeThreshold.of("A", 50, 3))),
                "grades");
        assertInvalidField(() -> withGrades(List.of()), "grades");
        assertThat(withGrades(List.of(GradeThreshold.of("A", 0, 0)))).isNotNull();
    }

    @Test
    void a_grade_threshold_lies_between_0_and_100() {
        assertInvalidField(() -> new GradeThreshold("A", new BigDecimal("100.01"), 5), "minimumMark");
        assertInvalidField(() -> new GradeThreshold("A", new BigDecimal("-1"), 5), "minimumMark");
        assertInvalidField(() -> new GradeThreshold("a", BigDecimal.TEN, 5), "grade");
        assertInvalidField(() -> new GradeThreshold("A", BigDecimal.TEN, -1), "points");
        assertThat(new GradeThreshold("A+", new BigDecimal("100"), 7).points()).isEqualTo(7);
    }

    @Test
    void a_grade_threshold_has_two_decimals_like_a_mark() {
        assertThat(GradeThreshold.of("A", 60, 5)).isEqualTo(new GradeThreshold("A", new BigDecimal("60.00"), 5));
        assertThat(new GradeThreshold("B", new BigDecimal("49.5"), 3).minimumMark()).hasToString("49.50");
        assertInvalidField(() -> new GradeThreshold("A", new BigDecimal("59.995"), 5), "minimumMark");
    }

    @Test
    void rank_points_do_not_rise() {
        assertInvalidField(() -> withRankPoints(List.of(3, 5, 1)), "rankPoints");
        assertInvalidField(() -> withRankPoints(List.of(5, -1)), "rankPoints");
        assertInvalidField(() -> withRankPoints(List.of()), "rankPoints");
        assertThat(withRankPoints(List.of(10, 10, 0)).rankPoints()).containsExactly(10, 10, 0);
    }

    @Test
    void a_birth_date_range_is_inclusive_and_ordered() {
        BirthDateRange range = range("2005-01-11", "2011-06-30");
        assertThat(range.contains(LocalDate.parse("2005-01-11"))).isTrue();
        assertThat(range.contains(LocalDate.parse("2011-06-30"))).isTrue();
        assertThat(range.contains(LocalDate.parse("2005-01-10"))).isFalse();
        assertThat(range.contains(LocalDate.parse("2011-07-01"))).isFalse();
        assertThat(range("2000-01-01", "2000-01-01").contains(LocalDate.parse("2000-01-01"))).isTrue();
        assertInvalidField(() -> range("2000-01-02", "2000-01-01"), "to");
        assertInvalidField(() -> new BirthDateRange(null, LocalDate.EPOCH), "from");
    }

    @Test
    void edition_years_are_four_digit_years_from_2000() {
        assertThat(EditionYear.of(2026).toString()).isEqualTo("2026");
        assertThat(EditionYear.of(2000).compareTo(EditionYear.of(2999))).isNegative();
        assertInvalidField(() -> EditionYear.of(1999), "year");
        assertInvalidField(() -> EditionYear.of(3000), "year");
    }

    static BirthDateRange range(String from, String to) {
        return new BirthDateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private FestivalRules withRanges(BirthDateRange junior, BirthDateRange senior) {
        return new FestivalRules(junior, senior, 2, 5, d.juniorChestNumbers(), d.seniorChestNumbers(), 2,
                d.individualFee(), d.teamFee(), d.conferenceDelegateFee(), d.appealFee(), d.grades(),
                d.rankPoints(), 30, 2, 3, MarkAggregation.MEAN, 5);
    }

    private FestivalRules withBothFees(Money fee) {
        return withFees(fee, fee);
    }

    private FestivalRules withGrades(List<GradeThreshold> grades) {
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), 2, 5, d.juniorChestNumbers(),
                d.seniorChestNumbers(), 2, d.individualFee(), d.teamFee(), d.conferenceDelegateFee(), d.appealFee(),
                grades, d.rankPoints(), 30, 2, 3, MarkAggregation.MEAN, 5);
    }

    private FestivalRules withRankPoints(List<Integer> points) {
        return new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), 2, 5, d.juniorChestNumbers(),
                d.seniorChestNumbers(), 2, d.individualFee(), d.teamFee(), d.conferenceDelegateFee(), d.appealFee(),
                d.grades(), points, 30, 2, 3, MarkAggregation.MEAN, 5);
    }
}
