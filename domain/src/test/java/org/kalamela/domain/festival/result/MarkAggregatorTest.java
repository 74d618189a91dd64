package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.JudgingFixtures.aggregatingBy;
import static org.kalamela.domain.festival.JudgingFixtures.marks;
import static org.kalamela.domain.festival.JudgingFixtures.withJudging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.MarkAggregation;

class MarkAggregatorTest {

    private final MarkAggregator mean = new MarkAggregator(aggregatingBy(MarkAggregation.MEAN));
    private final MarkAggregator sum = new MarkAggregator(aggregatingBy(MarkAggregation.SUM_SCALED));
    private final MarkAggregator trimmed = new MarkAggregator(aggregatingBy(MarkAggregation.TRIMMED_MEAN));

    @Test
    void the_mean_of_the_judges_totals_rounds_half_up_to_two_decimals() {
        assertThat(mean.mark(marks("70", "80", "90"))).isEqualTo(new BigDecimal("80.00"));
        assertThat(mean.mark(marks("70", "80", "81"))).isEqualTo(new BigDecimal("77.00"));
        // 100.01 / 2 = 50.005 -> 50.01 and 99.99 / 2 = 49.995 -> 50.00 (half-up); 100.03 / 3 = 33.3433 -> 33.34
        assertThat(mean.mark(marks("66.67", "66.67", "66.67"))).isEqualTo(new BigDecimal("66.67"));
        assertThat(mean.mark(marks("50", "50.01"))).isEqualTo(new BigDecimal("50.01"));
        assertThat(mean.mark(marks("50", "49.99"))).isEqualTo(new BigDecimal("50.00"));
        assertThat(mean.mark(marks("33.34", "33.34", "33.35"))).isEqualTo(new BigDecimal("33.34"));
        assertThat(mean.mark(marks("10", "10", "10.01"))).isEqualTo(new BigDecimal("10.00"));
        assertThat(mean.mark(marks("10", "10.01", "10.01"))).isEqualTo(new BigDecimal("10.01"));
    }

    @Test
    void one_judge_gives_the_mark_as_it_is() {
        assertThat(mean.mark(marks("72.5"))).isEqualTo(new BigDecimal("72.50"));
        assertThat(sum.mark(marks("72.5"))).isEqualTo(new BigDecimal("72.50"));
        assertThat(trimmed.mark(marks("72.5"))).isEqualTo(new BigDecimal("72.50"));
    }

    @Test
    void the_sum_is_scaled_to_100_from_the_judges_times_100() {
        // 70 + 80 + 91 = 241 out of 300 -> 80.333 -> 80.33
        assertThat(sum.mark(marks("70", "80", "91"))).isEqualTo(new BigDecimal("80.33"));
        // 100.01 out of 200 -> 50.005 -> 50.01
        assertThat(sum.mark(marks("50", "50.01"))).isEqualTo(new BigDecimal("50.01"));
        assertThat(sum.mark(marks("100", "100", "100", "100"))).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void with_five_judges_or_more_the_highest_and_lowest_totals_are_dropped() {
        assertThat(trimmed.mark(marks("10", "70", "80", "90", "100"))).isEqualTo(new BigDecimal("80.00"));
        assertThat(trimmed.mark(marks("70", "70", "70", "70", "10", "99"))).isEqualTo(new BigDecimal("70.00"));
        // one of two equal highest totals is dropped, not both
        assertThat(trimmed.mark(marks("90", "90", "60", "60", "60"))).isEqualTo(new BigDecimal("70.00"));
    }

    @Test
    void below_five_judges_the_trimmed_mean_is_the_plain_mean() {
        assertThat(trimmed.mark(marks("10", "70", "80", "100"))).isEqualTo(new BigDecimal("65.00"));
        assertThat(trimmed.mark(marks("10", "70", "100"))).isEqualTo(new BigDecimal("60.00"));
    }

    @Test
    void the_smallest_panel_that_trims_is_an_edition_rule() {
        MarkAggregator fromThree = new MarkAggregator(withJudging(3, MarkAggregation.TRIMMED_MEAN, 3));
        assertThat(fromThree.mark(marks("10", "70", "100"))).isEqualTo(new BigDecimal("70.00"));
    }

    @Test
    void a_mark_needs_a_judge() {
        assertThatThrownBy(() -> mean.mark(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_mean_and_the_scaled_sum_agree_and_stay_between_the_lowest_and_highest_total(
            @ForAll @Size(min = 1, max = 9) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> totals) {
        BigDecimal byMean = mean.mark(totals);
        BigDecimal lowest = totals.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal highest = totals.stream().max(BigDecimal::compareTo).orElseThrow();

        assertThat(sum.mark(totals)).isEqualTo(byMean);
        assertThat(byMean.scale()).isEqualTo(2);
        assertThat(byMean).isBetween(lowest.setScale(2, RoundingMode.HALF_UP), highest.setScale(2, RoundingMode.HALF_UP));
        assertThat(trimmed.mark(totals)).isBetween(lowest, highest);
    }
}
