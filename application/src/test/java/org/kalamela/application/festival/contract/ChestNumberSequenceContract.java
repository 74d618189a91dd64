package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.chest.ChestNumberSequence;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;

/**
 * What every {@link ChestNumberSequence} does; a subclass gives each test empty counters and may run each
 * draw in its own transaction ({@link #inTransaction}).
 */
public abstract class ChestNumberSequenceContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);
    private static final ChestNumberSeries JUNIORS = new ChestNumberSeries(1001, 1999);
    private static final ChestNumberSeries SENIORS = new ChestNumberSeries(2001, 2999);

    protected abstract ChestNumberSequence sequence();

    protected abstract FestivalContractFixtures fixtures();

    /** Runs one draw as a committed transaction of its own; the fakes need none. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @BeforeEach
    void editions() {
        fixtures().givenEdition(YEAR);
        fixtures().givenEdition(NEXT_YEAR);
    }

    private Optional<ChestNumber> next(EditionYear year, Seniority seniority, ChestNumberSeries series) {
        return inTransaction(() -> sequence().next(year, seniority, series));
    }

    @Test
    void a_series_is_drawn_from_its_start_one_number_after_the_other() {
        assertThat(next(YEAR, Seniority.JUNIOR, JUNIORS)).contains(ChestNumber.of(1001));
        assertThat(next(YEAR, Seniority.JUNIOR, JUNIORS)).contains(ChestNumber.of(1002));
        assertThat(next(YEAR, Seniority.JUNIOR, JUNIORS)).contains(ChestNumber.of(1003));
    }

    @Test
    void each_edition_and_seniority_has_its_own_counter() {
        next(YEAR, Seniority.JUNIOR, JUNIORS);
        next(YEAR, Seniority.JUNIOR, JUNIORS);

        assertThat(next(YEAR, Seniority.SENIOR, SENIORS)).contains(ChestNumber.of(2001));
        assertThat(next(NEXT_YEAR, Seniority.JUNIOR, JUNIORS)).contains(ChestNumber.of(1001));
        assertThat(next(YEAR, Seniority.JUNIOR, JUNIORS)).contains(ChestNumber.of(1003));
    }

    @Test
    void a_series_moved_up_continues_at_its_new_start_and_never_moves_back() {
        next(YEAR, Seniority.JUNIOR, JUNIORS);

        assertThat(next(YEAR, Seniority.JUNIOR, new ChestNumberSeries(1501, 1999))).contains(ChestNumber.of(1501));
        assertThat(next(YEAR, Seniority.JUNIOR, JUNIORS)).contains(ChestNumber.of(1502));
    }

    @Test
    void a_used_up_series_gives_nothing_and_stays_used_up() {
        ChestNumberSeries two = new ChestNumberSeries(1001, 1002);
        next(YEAR, Seniority.JUNIOR, two);
        next(YEAR, Seniority.JUNIOR, two);

        assertThat(next(YEAR, Seniority.JUNIOR, two)).isEmpty();
        assertThat(next(YEAR, Seniority.JUNIOR, two)).isEmpty();
        assertThat(next(YEAR, Seniority.JUNIOR, new ChestNumberSeries(1001, 1003))).contains(ChestNumber.of(1003));
    }

    @Test
    void concurrent_draws_never_give_a_number_twice() throws Exception {
        int threads = 8;
        int drawsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<ChestNumber>>> tasks = IntStream.range(0, threads)
                    .<Callable<List<ChestNumber>>>mapToObj(t -> () -> IntStream.range(0, drawsEach)
                            .mapToObj(i -> next(YEAR, Seniority.SENIOR, SENIORS).orElseThrow())
                            .toList())
                    .toList();
            List<ChestNumber> drawn = new ArrayList<>();
            for (Future<List<ChestNumber>> result : pool.invokeAll(tasks)) {
                drawn.addAll(result.get());
            }
            assertThat(drawn).doesNotHaveDuplicates().hasSize(threads * drawsEach)
                    .allSatisfy(number -> assertThat(number.value()).isBetween(2001, 2000 + threads * drawsEach));
        } finally {
            pool.shutdownNow();
        }
    }
}
