package org.kalamela.domain.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.domain.festival.championship.Scores.man;
import static org.kalamela.domain.festival.championship.Scores.team;
import static org.kalamela.domain.festival.championship.Scores.woman;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class ChampionshipTallyTest {

    @Test
    void a_unit_sums_the_points_of_its_members_entries_and_of_its_teams() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 10), woman(2, 101, 11, 6), team(3, 500, 11, 5),
                man(1, 102, 12, 8));

        ChampionshipTally<UnitId> tally = ChampionshipTally.unitWise(entries);

        assertThat(tally.standings()).extracting(Standing::contender, Standing::rank, Standing::points)
                .containsExactly(
                        tuple(UnitId.of(11), 1, 21),
                        tuple(UnitId.of(12), 2, 8));
        assertThat(tally.of(UnitId.of(11)).orElseThrow().contributions())
                .containsExactly(man(1, 100, 11, 10), woman(2, 101, 11, 6), team(3, 500, 11, 5));
    }

    @Test
    void a_district_sums_the_points_of_all_its_units() {
        List<ScoredEntry> entries = List.of(man(1, 100, 11, 10), team(3, 500, 12, 5), man(1, 102, 21, 8));

        ChampionshipTally<DistrictId> tally = ChampionshipTally.districtWise(entries);

        assertThat(tally.standings()).extracting(Standing::contender, Standing::points).containsExactly(
                tuple(DistrictId.of(1), 15),
                tuple(DistrictId.of(2), 8));
    }

    @Test
    void an_individual_entry_counts_for_the_members_unit_and_a_team_for_the_teams_unit() {
        ScoredEntry memberOfUnit11 = man(1, 100, 11, 3);
        ScoredEntry teamOfUnit12 = team(2, 500, 12, 5);

        ChampionshipTally<UnitId> tally = ChampionshipTally.unitWise(List.of(memberOfUnit11, teamOfUnit12));

        assertThat(tally.of(UnitId.of(11)).orElseThrow().contributions()).containsExactly(memberOfUnit11);
        assertThat(tally.of(UnitId.of(12)).orElseThrow().contributions()).containsExactly(teamOfUnit12);
    }

    @Test
    void equal_sums_share_a_place_and_the_next_place_skips_ties_in_id_order() {
        List<ScoredEntry> entries = List.of(man(1, 100, 13, 8), man(1, 101, 12, 8), man(2, 102, 14, 8),
                man(2, 103, 11, 3));

        ChampionshipTally<UnitId> tally = ChampionshipTally.unitWise(entries);

        assertThat(tally.standings()).extracting(standing -> standing.contender().value()).containsExactly(12L, 13L,
                14L, 11L);
        assertThat(tally.standings()).extracting(Standing::rank).containsExactly(1, 1, 1, 4);
    }

    @Test
    void a_unit_whose_entries_scored_nothing_has_a_row_of_zero_with_no_contributions() {
        ChampionshipTally<UnitId> tally = ChampionshipTally.unitWise(List.of(man(1, 100, 11, 5), man(1, 101, 12, 0),
                man(2, 100, 11, 0)));

        Standing<UnitId> nothing = tally.of(UnitId.of(12)).orElseThrow();
        assertThat(nothing.points()).isZero();
        assertThat(nothing.rank()).isEqualTo(2);
        assertThat(nothing.contributions()).isEmpty();
        assertThat(tally.of(UnitId.of(11)).orElseThrow().contributions()).containsExactly(man(1, 100, 11, 5));
    }

    @Test
    void contributions_are_listed_by_points_then_event() {
        ChampionshipTally<UnitId> tally = ChampionshipTally.unitWise(List.of(man(4, 100, 11, 3), man(2, 100, 11, 8),
                team(1, 500, 11, 3)));

        assertThat(tally.of(UnitId.of(11)).orElseThrow().contributions())
                .containsExactly(man(2, 100, 11, 8), team(1, 500, 11, 3), man(4, 100, 11, 3));
    }

    @Test
    void no_scored_entries_give_an_empty_table_and_no_row() {
        ChampionshipTally<UnitId> tally = ChampionshipTally.unitWise(List.of());

        assertThat(tally.standings()).isEmpty();
        assertThat(tally.of(UnitId.of(11))).isEmpty();
    }

    @Test
    void a_standings_points_are_the_sum_of_its_contributions() {
        assertThatThrownBy(() -> new Standing<>(UnitId.of(1), 1, 9, List.of(man(1, 100, 1, 8))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Standing<>(UnitId.of(1), 0, 8, List.of(man(1, 100, 1, 8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void every_point_is_counted_once_for_its_unit_and_once_for_its_district(
            @ForAll("entries") List<ScoredEntry> entries) {
        ChampionshipTally<UnitId> units = ChampionshipTally.unitWise(entries);
        ChampionshipTally<DistrictId> districts = ChampionshipTally.districtWise(entries);

        int total = entries.stream().mapToInt(ScoredEntry::points).sum();
        assertThat(units.standings().stream().mapToInt(Standing::points).sum()).isEqualTo(total);
        assertThat(districts.standings().stream().mapToInt(Standing::points).sum()).isEqualTo(total);
        assertThat(units.standings()).hasSize(entries.stream().map(ScoredEntry::unit).collect(Collectors.toSet())
                .size());
        List<ScoredEntry> contributed = new ArrayList<>();
        units.standings().forEach(standing -> {
            contributed.addAll(standing.contributions());
            assertThat(standing.contributions()).allMatch(entry -> entry.unit().equals(standing.contender()));
        });
        assertThat(contributed).containsExactlyInAnyOrderElementsOf(
                entries.stream().filter(entry -> entry.points() > 0).toList());
        assertRankedWithSharedPlaces(units.standings());
        assertRankedWithSharedPlaces(districts.standings());
    }

    private static void assertRankedWithSharedPlaces(Collection<? extends Standing<?>> standings) {
        for (Standing<?> standing : standings) {
            long higher = standings.stream().filter(other -> other.points() > standing.points()).count();
            assertThat(standing.rank()).isEqualTo(higher + 1);
        }
    }

    @Provide
    Arbitrary<List<ScoredEntry>> entries() {
        Arbitrary<ScoredEntry> solo = Combinators.combine(Arbitraries.longs().between(1, 6),
                        Arbitraries.longs().between(1, 40), Arbitraries.longs().between(10, 35),
                        Arbitraries.integers().between(0, 10), Arbitraries.of(true, false))
                .as((event, member, unit, points, male) -> male ? man(event, member, unit, points)
                        : woman(event, member, unit, points));
        Arbitrary<ScoredEntry> teams = Combinators.combine(Arbitraries.longs().between(7, 9),
                        Arbitraries.longs().between(1, 40), Arbitraries.longs().between(10, 35),
                        Arbitraries.integers().between(0, 5))
                .as(Scores::team);
        return Arbitraries.oneOf(solo, teams).list().ofMaxSize(40)
                .map(list -> List.copyOf(Set.copyOf(list)));
    }
}
