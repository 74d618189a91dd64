package org.kalamela.domain.festival.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.error.RuleViolation;

class ChestNumberPolicyTest {

    private final ChestNumberPolicy policy = new ChestNumberPolicy(FestivalRules.defaults2026());

    @Test
    void each_seniority_has_its_series() {
        assertThat(policy.seriesFor(Seniority.JUNIOR)).isEqualTo(new ChestNumberSeries(1001, 1999));
        assertThat(policy.seriesFor(Seniority.SENIOR)).isEqualTo(new ChestNumberSeries(2001, 2999));
    }

    @Test
    void the_first_number_is_the_start_and_each_next_is_one_more_than_the_last() {
        assertThat(policy.next(Seniority.JUNIOR, Optional.empty())).isEqualTo(ChestNumber.of(1001));
        assertThat(policy.next(Seniority.JUNIOR, Optional.of(ChestNumber.of(1001)))).isEqualTo(ChestNumber.of(1002));
        assertThat(policy.next(Seniority.SENIOR, Optional.empty())).isEqualTo(ChestNumber.of(2001));
        assertThat(policy.next(Seniority.SENIOR, Optional.of(ChestNumber.of(2998)))).isEqualTo(ChestNumber.of(2999));
    }

    @Test
    void the_series_after_its_last_number_is_exhausted() {
        assertViolation(() -> policy.next(Seniority.JUNIOR, Optional.of(ChestNumber.of(1999))),
                "CHEST_NUMBER_SERIES_EXHAUSTED");
        assertViolation(() -> policy.next(Seniority.SENIOR, Optional.of(ChestNumber.of(2999))),
                "CHEST_NUMBER_SERIES_EXHAUSTED");
    }

    @Test
    void the_error_for_a_used_up_series_names_it() {
        RuleViolation exhausted = policy.exhausted(Seniority.SENIOR);

        assertThat(exhausted.code()).isEqualTo("CHEST_NUMBER_SERIES_EXHAUSTED");
        assertThat(exhausted.getMessage()).contains("Senior", "2001..2999");
    }

    @Test
    void a_counter_below_a_moved_series_continues_at_its_start() {
        ChestNumberSeries moved = new ChestNumberSeries(1501, 1999);
        assertThat(moved.next(Optional.of(ChestNumber.of(1200)))).contains(ChestNumber.of(1501));
    }

    @Test
    void an_edited_number_lies_in_the_members_series_and_is_free() {
        assertThat(policy.checkEdited(ChestNumber.of(1001), Seniority.JUNIOR, false)).isEqualTo(ChestNumber.of(1001));
        assertThat(policy.checkEdited(ChestNumber.of(2999), Seniority.SENIOR, false)).isEqualTo(ChestNumber.of(2999));
        assertViolation(() -> policy.checkEdited(ChestNumber.of(2001), Seniority.JUNIOR, false),
                "CHEST_NUMBER_WRONG_SERIES");
        assertViolation(() -> policy.checkEdited(ChestNumber.of(2000), Seniority.SENIOR, false),
                "CHEST_NUMBER_OUT_OF_SERIES");
        assertViolation(() -> policy.checkEdited(ChestNumber.of(3000), Seniority.SENIOR, false),
                "CHEST_NUMBER_OUT_OF_SERIES");
        assertViolation(() -> policy.checkEdited(ChestNumber.of(1500), Seniority.JUNIOR, true), "CHEST_NUMBER_TAKEN");
    }

    @Test
    void numbers_and_series_are_valid_by_construction() {
        assertInvalidField(() -> ChestNumber.of(0), "chestNumber");
        assertInvalidField(() -> new ChestNumberSeries(0, 10), "start");
        assertInvalidField(() -> new ChestNumberSeries(10, 9), "end");
        assertThat(new ChestNumberSeries(5, 5).size()).isEqualTo(1);
        assertThat(new ChestNumberSeries(1, 10).overlaps(new ChestNumberSeries(10, 20))).isTrue();
        assertThat(new ChestNumberSeries(1, 10).overlaps(new ChestNumberSeries(11, 20))).isFalse();
        assertThat(ChestNumber.of(1001).toString()).isEqualTo("1001");
    }

    @Property(tries = 300)
    void no_sequence_of_allocations_duplicates_a_number_or_leaves_its_series(
            @ForAll @Size(max = 80) List<Seniority> allocations,
            @ForAll @IntRange(min = 1, max = 50) int juniorStart, @ForAll @IntRange(max = 30) int juniorExtra,
            @ForAll @IntRange(max = 20) int gap, @ForAll @IntRange(max = 30) int seniorExtra) {
        int seniorStart = juniorStart + juniorExtra + 1 + gap;
        FestivalRules rules = FestivalFixtures.withSeries(
                new ChestNumberSeries(juniorStart, juniorStart + juniorExtra),
                new ChestNumberSeries(seniorStart, seniorStart + seniorExtra));
        ChestNumberPolicy allocator = new ChestNumberPolicy(rules);
        Map<Seniority, Optional<ChestNumber>> counters = new EnumMap<>(Seniority.class);
        Map<Seniority, Integer> given = new EnumMap<>(Seniority.class);
        Set<ChestNumber> allocated = new HashSet<>();
        for (Seniority seniority : allocations) {
            Optional<ChestNumber> last = counters.getOrDefault(seniority, Optional.empty());
            try {
                ChestNumber number = allocator.next(seniority, last);
                assertThat(allocated.add(number)).as("%s given twice", number).isTrue();
                assertThat(allocator.seriesFor(seniority).contains(number)).isTrue();
                counters.put(seniority, Optional.of(number));
                given.merge(seniority, 1, Integer::sum);
            } catch (RuleViolation exhausted) {
                assertThat(exhausted.code()).isEqualTo("CHEST_NUMBER_SERIES_EXHAUSTED");
                assertThat(given.getOrDefault(seniority, 0)).isEqualTo(allocator.seriesFor(seniority).size());
            }
        }
    }
}
