package org.kalamela.domain.festival.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCriteriaTest {

    @Test
    void the_default_is_one_criterion_overall_of_100() {
        assertThat(EventCriteria.DEFAULT.criteria()).containsExactly(new Criterion("Overall", new BigDecimal("100")));
        assertThat(EventCriteria.DEFAULT.number(1).maximum()).isEqualByComparingTo("100.00");
    }

    @Test
    void maxima_add_up_to_exactly_100() {
        assertThat(criteria("40", "35.5", "24.5").size()).isEqualTo(3);
        assertInvalidField(() -> criteria("40", "35.5", "24.49"), "criteria");
        assertInvalidField(() -> criteria("40", "35.5", "24.51"), "criteria");
        assertInvalidField(() -> criteria("50", "60"), "criteria");
    }

    @Test
    void there_is_at_least_one_criterion_and_at_most_twenty() {
        assertInvalidField(() -> new EventCriteria(List.of()), "criteria");
        assertInvalidField(() -> new EventCriteria(null), "criteria");
        List<Criterion> twenty = java.util.stream.IntStream.rangeClosed(1, 20)
                .mapToObj(i -> Criterion.of("C" + i, 5)).toList();
        assertThat(new EventCriteria(twenty).size()).isEqualTo(20);
        List<Criterion> twentyOne = java.util.stream.IntStream.rangeClosed(1, 21)
                .mapToObj(i -> new Criterion("C" + i, i == 1 ? new BigDecimal("5") : new BigDecimal("4.75"))).toList();
        assertInvalidField(() -> new EventCriteria(twentyOne), "criteria");
    }

    @Test
    void names_are_distinct_in_any_case() {
        assertInvalidField(() -> new EventCriteria(List.of(Criterion.of("Sruthi", 50), Criterion.of("SRUTHI", 50))),
                "criteria");
    }

    @Test
    void a_maximum_is_above_0_at_most_100_with_at_most_two_decimals() {
        assertInvalidField(() -> new Criterion("Tone", BigDecimal.ZERO), "maximum");
        assertInvalidField(() -> new Criterion("Tone", new BigDecimal("-1")), "maximum");
        assertInvalidField(() -> new Criterion("Tone", new BigDecimal("100.01")), "maximum");
        assertInvalidField(() -> new Criterion("Tone", new BigDecimal("33.333")), "maximum");
        assertInvalidField(() -> new Criterion("Tone", null), "maximum");
        assertThat(new Criterion("Tone", new BigDecimal("33.330")).maximum()).isEqualTo(new BigDecimal("33.33"));
        assertThat(new Criterion("Tone", new BigDecimal("0.01")).maximum()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void a_name_is_required_and_at_most_60_characters() {
        assertInvalidField(() -> Criterion.of(" ", 100), "name");
        assertInvalidField(() -> Criterion.of(null, 100), "name");
        assertInvalidField(() -> Criterion.of("x".repeat(61), 100), "name");
        assertThat(Criterion.of("  " + "x".repeat(60) + " ", 100).name()).hasSize(60);
    }

    @Test
    void criteria_are_numbered_from_1() {
        EventCriteria criteria = criteria("60", "40");
        assertThat(criteria.has(0)).isFalse();
        assertThat(criteria.has(1)).isTrue();
        assertThat(criteria.has(2)).isTrue();
        assertThat(criteria.has(3)).isFalse();
        assertThat(criteria.number(2).maximum()).isEqualByComparingTo("40");
    }

    static EventCriteria criteria(String... maxima) {
        return new EventCriteria(java.util.stream.IntStream.range(0, maxima.length)
                .mapToObj(i -> new Criterion("Criterion " + (i + 1), new BigDecimal(maxima[i]))).toList());
    }
}
