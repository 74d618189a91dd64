package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.JudgingFixtures.marks;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.FestivalRules;

class RankingTest {

    @Test
    void highest_mark_first() {
        assertThat(Ranking.ranks(marks("70", "90", "80"))).containsExactly(3, 1, 2);
    }

    @Test
    void equal_marks_share_a_rank_and_the_next_skips() {
        assertThat(Ranking.ranks(marks("90", "90", "80"))).containsExactly(1, 1, 3);
        assertThat(Ranking.ranks(marks("95", "80", "80", "70"))).containsExactly(1, 2, 2, 4);
    }

    @Test
    void three_way_ties_at_third() {
        assertThat(Ranking.ranks(marks("95", "90", "80", "80", "80", "70"))).containsExactly(1, 2, 3, 3, 3, 6);
    }

    @Test
    void equal_marks_are_equal_whatever_their_scale() {
        assertThat(Ranking.ranks(List.of(new BigDecimal("80"), new BigDecimal("80.00")))).containsExactly(1, 1);
    }

    @Test
    void rank_points_are_5_3_1_and_nothing_later_and_ties_get_the_full_points() {
        RankPoints points = new RankPoints(FestivalRules.defaults2026());

        assertThat(List.of(1, 2, 3, 4, 10).stream().map(points::pointsFor)).containsExactly(5, 3, 1, 0, 0);
        List<Integer> tiedFirst = Ranking.ranks(marks("90", "90", "80")).stream().map(points::pointsFor).toList();
        assertThat(tiedFirst).containsExactly(5, 5, 1);
        List<Integer> tiedThird = Ranking.ranks(marks("95", "90", "80", "80", "80")).stream().map(points::pointsFor)
                .toList();
        assertThat(tiedThird).containsExactly(5, 3, 1, 1, 1);
    }

    @Property
    void a_rank_counts_the_strictly_higher_marks(
            @ForAll @Size(min = 1, max = 30) List<@BigRange(min = "0", max = "100") @Scale(1) BigDecimal> marks) {
        List<Integer> ranks = Ranking.ranks(marks);

        for (int i = 0; i < marks.size(); i++) {
            for (int j = 0; j < marks.size(); j++) {
                int comparison = marks.get(i).compareTo(marks.get(j));
                if (comparison > 0) {
                    assertThat(ranks.get(i)).isLessThan(ranks.get(j));
                } else if (comparison == 0) {
                    assertThat(ranks.get(i)).isEqualTo(ranks.get(j));
                }
            }
        }
        assertThat(ranks).contains(1).allMatch(rank -> rank >= 1 && rank <= marks.size());
    }
}
