package org.kalamela.domain.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SharedRanksTest {

    /** A contender with a name (the tie order) and a total. */
    record Row(String name, int total) {
    }

    private static final ToIntFunction<Row> TOTAL = Row::total;
    private static final Comparator<Row> BY_NAME = Comparator.comparing(Row::name);

    private static List<Integer> ranksOf(Row... rows) {
        return SharedRanks.rank(List.of(rows), TOTAL, BY_NAME).stream().map(Ranked::rank).toList();
    }

    @Test
    void equal_totals_share_a_place_and_the_next_place_skips() {
        assertThat(ranksOf(new Row("a", 10), new Row("b", 10), new Row("c", 7))).containsExactly(1, 1, 3);
    }

    @Test
    void a_three_way_tie_at_third_place_is_followed_by_sixth() {
        assertThat(ranksOf(new Row("a", 10), new Row("b", 8), new Row("c", 5), new Row("d", 5), new Row("e", 5),
                new Row("f", 2))).containsExactly(1, 2, 3, 3, 3, 6);
    }

    @Test
    void highest_first_whatever_the_given_order_and_ties_in_the_tie_order() {
        List<Ranked<Row>> ranked = SharedRanks.rank(List.of(new Row("z", 1), new Row("b", 9), new Row("a", 9)),
                TOTAL, BY_NAME);

        assertThat(ranked).extracting(r -> r.item().name()).containsExactly("a", "b", "z");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 3);
    }

    @Test
    void nothing_to_rank_gives_an_empty_ranking() {
        assertThat(SharedRanks.rank(List.<Row>of(), TOTAL, BY_NAME)).isEmpty();
    }

    @Test
    void a_place_starts_at_one() {
        assertThatThrownBy(() -> new Ranked<>(0, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void a_place_is_one_more_than_the_number_of_strictly_higher_totals(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 12) Integer> totals) {
        List<Row> rows = IntStream.range(0, totals.size())
                .mapToObj(i -> new Row("r" + (char) ('A' + i), totals.get(i))).toList();

        List<Ranked<Row>> ranked = SharedRanks.rank(rows, TOTAL, BY_NAME);

        assertThat(ranked).hasSameSizeAs(rows);
        for (Ranked<Row> row : ranked) {
            long higher = rows.stream().filter(other -> other.total() > row.item().total()).count();
            assertThat(row.rank()).isEqualTo(higher + 1);
        }
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).item().total()).isLessThanOrEqualTo(ranked.get(i - 1).item().total());
        }
    }
}
