package org.kalamela.domain.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.championship.Scores.man;
import static org.kalamela.domain.festival.championship.Scores.team;
import static org.kalamela.domain.festival.championship.Scores.woman;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.id.MemberId;

class KalaprathibhaPolicyTest {

    private final KalaprathibhaPolicy twoEvents = KalaprathibhaPolicy.of(FestivalRules.defaults2026());

    private static List<Long> holders(TitleRace race) {
        return race.holders().stream().map(total -> total.member().value()).toList();
    }

    @Test
    void the_edition_rule_asks_for_two_individual_events_by_default() {
        assertThat(twoEvents.minimumEvents()).isEqualTo(2);
    }

    @Test
    void the_man_with_the_highest_total_of_individual_points_is_kalaprathibha() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 10), man(2, 100, 11, 6), man(1, 101, 12, 8),
                man(3, 101, 12, 5));

        TitleRace race = twoEvents.race(Title.KALAPRATHIBHA, entries);

        assertThat(holders(race)).containsExactly(100L);
        assertThat(race.winningPoints()).isEqualTo(16);
        assertThat(race.contenders()).extracting(Ranked::rank).containsExactly(1, 2);
        assertThat(race.contenders().get(1).item()).isEqualTo(new MemberTotal(MemberId.of(101), 13, 2));
    }

    @Test
    void a_member_with_a_scored_entry_in_one_event_only_is_not_eligible_however_many_points() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 10), man(1, 101, 12, 1), man(2, 101, 12, 1));

        TitleRace race = twoEvents.race(Title.KALAPRATHIBHA, entries);

        assertThat(holders(race)).containsExactly(101L);
        assertThat(race.contenders()).extracting(ranked -> ranked.item().member().value()).containsExactly(101L);
    }

    @Test
    void exactly_the_minimum_of_events_is_enough_and_one_fewer_is_not() {
        KalaprathibhaPolicy threeEvents = new KalaprathibhaPolicy(3);
        List<ScoredEntry> entries = List.of(woman(1, 100, 11, 1), woman(2, 100, 11, 1), woman(3, 100, 11, 1),
                woman(1, 101, 11, 9), woman(2, 101, 11, 9));

        assertThat(holders(threeEvents.race(Title.KALATHILAKAM, entries))).containsExactly(100L);
        assertThat(holders(twoEvents.race(Title.KALATHILAKAM, entries))).containsExactly(101L);
    }

    @Test
    void a_scored_entry_without_points_still_counts_towards_the_minimum() {
        List<ScoredEntry> entries = List.of(woman(1, 100, 11, 5), woman(2, 100, 11, 0));

        assertThat(holders(twoEvents.race(Title.KALATHILAKAM, entries))).containsExactly(100L);
    }

    @Test
    void a_tie_is_shared_and_every_tied_member_is_named() {
        List<ScoredEntry> entries = List.of(woman(1, 103, 11, 8), woman(2, 103, 11, 2), woman(1, 101, 12, 5),
                woman(3, 101, 12, 5), woman(2, 102, 21, 6), woman(3, 102, 21, 4), woman(4, 104, 21, 1),
                woman(5, 104, 21, 1));

        TitleRace race = twoEvents.race(Title.KALATHILAKAM, entries);

        assertThat(holders(race)).containsExactly(101L, 102L, 103L);
        assertThat(race.winningPoints()).isEqualTo(10);
        assertThat(race.contenders()).extracting(Ranked::rank).containsExactly(1, 1, 1, 4);
    }

    @Test
    void the_titles_are_decided_apart_by_gender() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 3), man(2, 100, 11, 3), woman(1, 200, 11, 10),
                woman(2, 200, 11, 10));

        assertThat(holders(twoEvents.race(Title.KALAPRATHIBHA, entries))).containsExactly(100L);
        assertThat(holders(twoEvents.race(Title.KALATHILAKAM, entries))).containsExactly(200L);
    }

    @Test
    void team_points_count_neither_towards_the_total_nor_the_events() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 3), team(7, 500, 11, 5), team(8, 501, 11, 5));

        TitleRace race = twoEvents.race(Title.KALAPRATHIBHA, entries);

        assertThat(race.contenders()).isEmpty();
        assertThat(race.holders()).isEmpty();
        assertThat(race.winningPoints()).isZero();
    }

    @Test
    void nobody_holds_a_title_while_no_eligible_member_has_a_point() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 0), man(2, 100, 11, 0));

        TitleRace race = twoEvents.race(Title.KALAPRATHIBHA, entries);

        assertThat(race.contenders()).hasSize(1);
        assertThat(race.holders()).isEmpty();
    }

    @Test
    void titles_belong_to_the_genders_of_domain_md() {
        assertThat(Title.KALAPRATHIBHA.gender()).hasToString("M");
        assertThat(Title.KALATHILAKAM.gender()).hasToString("F");
    }

    @Test
    void the_minimum_is_at_least_one_event_and_a_total_names_a_member_with_an_event() {
        assertThatThrownBy(() -> new KalaprathibhaPolicy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberTotal(MemberId.of(1), 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberTotal(MemberId.of(1), -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void the_holders_are_exactly_the_eligible_members_with_the_highest_positive_total(
            @ForAll("entries") List<ScoredEntry> entries, @ForAll @IntRange(min = 1, max = 4) int minimum) {
        for (Title title : Title.values()) {
            TitleRace race = new KalaprathibhaPolicy(minimum).race(title, entries);

            Map<MemberId, List<ScoredEntry>> byMember = entries.stream()
                    .filter(entry -> entry.isIndividual() && entry.gender() == title.gender())
                    .collect(Collectors.groupingBy(ScoredEntry::member));
            Map<MemberId, Integer> eligibleTotals = byMember.entrySet().stream()
                    .filter(scored -> scored.getValue().stream().map(ScoredEntry::event).distinct().count() >= minimum)
                    .collect(Collectors.toMap(Map.Entry::getKey,
                            scored -> scored.getValue().stream().mapToInt(ScoredEntry::points).sum()));
            int best = eligibleTotals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<MemberId> expected = eligibleTotals.entrySet().stream()
                    .filter(total -> best > 0 && total.getValue() == best).map(Map.Entry::getKey).toList();

            assertThat(race.holders()).extracting(MemberTotal::member).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(race.contenders()).hasSize(eligibleTotals.size());
            assertThat(race.winningPoints()).isEqualTo(best);
        }
    }

    @Provide
    Arbitrary<List<ScoredEntry>> entries() {
        Arbitrary<ScoredEntry> solo = Combinators.combine(Arbitraries.longs().between(1, 6),
                        Arbitraries.longs().between(1, 12), Arbitraries.integers().between(0, 10))
                .as((event, member, points) -> member % 2 == 0 ? man(event, member, 10 + member, points)
                        : woman(event, member, 10 + member, points));
        Arbitrary<ScoredEntry> teams = Combinators.combine(Arbitraries.longs().between(7, 9),
                        Arbitraries.longs().between(1, 12), Arbitraries.integers().between(0, 5))
                .as((event, id, points) -> team(event, id, 10 + id, points));
        return Arbitraries.oneOf(solo, teams).list().ofMaxSize(40).uniqueElements(entry -> List.of(entry.event(),
                entry.isIndividual() ? entry.member() : entry.team()));
    }
}
