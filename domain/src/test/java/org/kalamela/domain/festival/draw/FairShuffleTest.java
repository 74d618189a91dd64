package org.kalamela.domain.festival.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.team.TeamId;

class FairShuffleTest {

    @Property
    void a_draw_is_a_permutation_of_the_performers_lettered_in_order(
            @ForAll @IntRange(min = 1, max = 120) int entries, @ForAll @IntRange(min = 0, max = 5) int teams,
            @ForAll("seeds") DrawSeed seed) {
        List<Performer> performers = performers(entries, teams);

        List<Appearance> order = DrawPolicy.order(performers, seed);

        assertThat(order).extracting(Appearance::performer).containsExactlyInAnyOrderElementsOf(performers);
        assertThat(order).extracting(Appearance::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, order.size()).boxed().toList());
        assertThat(order).allSatisfy(a -> assertThat(a.codeLetter()).isEqualTo(CodeLetter.ofPosition(a.position())));
    }

    @Property
    void the_same_seed_replays_the_same_order_even_read_back_from_its_digits(
            @ForAll @IntRange(min = 1, max = 80) int entries, @ForAll("seeds") DrawSeed seed) {
        List<Performer> performers = performers(entries, 0);

        assertThat(DrawPolicy.order(performers, new DrawSeed(seed.hex())))
                .isEqualTo(DrawPolicy.order(performers, seed));
    }

    @Property
    void the_order_does_not_depend_on_the_order_the_performers_were_read_in(
            @ForAll @IntRange(min = 1, max = 80) int entries, @ForAll @IntRange(min = 0, max = 4) int teams,
            @ForAll("seeds") DrawSeed seed, @ForAll long readingOrder) {
        List<Performer> performers = performers(entries, teams);
        List<Performer> asRead = new ArrayList<>(performers);
        Collections.shuffle(asRead, new Random(readingOrder));

        assertThat(DrawPolicy.order(asRead, seed)).isEqualTo(DrawPolicy.order(performers, seed));
    }

    @Test
    void known_seeds_give_the_orders_an_independent_implementation_gives() {
        // Printed by docs/architecture.md's replay script (Python's hashlib), which follows FairShuffle's spec.
        DrawSeed seed = new DrawSeed("0123456789abcdef".repeat(4));
        assertThat(FairShuffle.shuffle(numbers(30), seed)).containsExactly(5, 1, 12, 25, 11, 22, 18, 6, 10, 14, 24,
                26, 20, 4, 8, 30, 2, 16, 28, 19, 27, 17, 3, 21, 15, 7, 23, 13, 9, 29);
        assertThat(FairShuffle.shuffle(numbers(8), new DrawSeed("ff".repeat(32))))
                .containsExactly(7, 3, 4, 2, 8, 1, 6, 5);
    }

    @Test
    void every_order_of_four_comes_out_about_equally_often() {
        int draws = 24_000;
        Map<List<Integer>, Integer> counts = new HashMap<>();
        Random seeds = new Random(13);
        for (int i = 0; i < draws; i++) {
            counts.merge(FairShuffle.shuffle(numbers(4), seed(seeds)), 1, Integer::sum);
        }

        assertThat(counts).hasSize(24);
        // 23 degrees of freedom: a fair shuffle exceeds 49.73 once in a thousand seedings of this test.
        assertThat(chiSquare(counts.values().stream().mapToInt(Integer::intValue).toArray(), draws / 24.0))
                .isLessThan(49.73);
    }

    @Test
    void each_performer_opens_the_event_about_equally_often() {
        int draws = 10_000;
        int[] first = new int[10];
        Random seeds = new Random(29);
        for (int i = 0; i < draws; i++) {
            first[FairShuffle.shuffle(numbers(10), seed(seeds)).get(0) - 1]++;
        }

        // 9 degrees of freedom: a fair shuffle exceeds 27.88 once in a thousand seedings of this test.
        assertThat(chiSquare(first, draws / 10.0)).isLessThan(27.88);
    }

    @Test
    void a_biased_shuffle_would_fail_the_same_check() {
        // The check can fail: the classic mistake (j drawn from the whole list, not 0..i) is caught by it.
        int draws = 24_000;
        Map<List<Integer>, Integer> counts = new HashMap<>();
        Random random = new Random(13);
        for (int d = 0; d < draws; d++) {
            List<Integer> order = new ArrayList<>(numbers(4));
            for (int i = order.size() - 1; i > 0; i--) {
                Collections.swap(order, i, random.nextInt(order.size()));
            }
            counts.merge(order, 1, Integer::sum);
        }

        assertThat(chiSquare(counts.values().stream().mapToInt(Integer::intValue).toArray(), draws / 24.0))
                .isGreaterThan(49.73);
    }

    @Test
    void twenty_performers_under_a_hundred_seeds_come_out_in_a_hundred_orders() {
        Set<List<Integer>> orders = new HashSet<>();
        Random seeds = new Random(5);
        for (int i = 0; i < 100; i++) {
            orders.add(FairShuffle.shuffle(numbers(20), seed(seeds)));
        }

        assertThat(orders).hasSize(100);
    }

    @Test
    void a_seed_is_64_lowercase_hexadecimal_digits_and_fresh_ones_differ() {
        assertThatThrownBy(() -> new DrawSeed("AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawSeed("ab".repeat(31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawSeed(null)).isInstanceOf(IllegalArgumentException.class);
        DrawSeed fresh = DrawSeed.random();
        assertThat(fresh.hex()).hasSize(64);
        assertThat(fresh.bytes()).hasSize(32);
        assertThat(DrawSeed.random()).isNotEqualTo(fresh);
    }

    @Provide
    Arbitrary<DrawSeed> seeds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).map(DrawSeed::new);
    }

    private static double chiSquare(int[] observed, double expected) {
        double sum = 0;
        for (int count : observed) {
            sum += (count - expected) * (count - expected) / expected;
        }
        return sum;
    }

    private static DrawSeed seed(Random random) {
        byte[] bits = new byte[DrawSeed.BYTES];
        random.nextBytes(bits);
        return new DrawSeed(HexFormat.of().formatHex(bits));
    }

    private static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    private static List<Performer> performers(int entries, int teams) {
        List<Performer> performers = new ArrayList<>();
        LongStream.rangeClosed(1, entries).forEach(id -> performers.add(Performer.entry(IndividualEntryId.of(id))));
        LongStream.rangeClosed(1, teams).forEach(id -> performers.add(Performer.team(TeamId.of(id))));
        return performers;
    }
}
