package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.TeamNumberSequence;

/**
 * What every {@link TeamNumberSequence} does; a subclass gives each test empty counters and may run each
 * draw in its own transaction ({@link #inTransaction}).
 */
public abstract class TeamNumberSequenceContract {

    private static final EditionYear YEAR = EditionYear.of(2026);

    protected abstract TeamNumberSequence sequence();

    protected abstract FestivalContractFixtures fixtures();

    /** Runs one draw as a committed transaction of its own; the fakes need none. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private FestivalEvent groupSong;
    private FestivalEvent skit;

    @BeforeEach
    void events() {
        groupSong = fixtures().givenEvent(YEAR, "Group Song", EventKind.GROUP);
        skit = fixtures().givenEvent(YEAR, "Skit", EventKind.GROUP);
    }

    private int next(FestivalEvent event) {
        return inTransaction(() -> sequence().next(YEAR, event.id()));
    }

    @Test
    void an_event_numbers_its_teams_from_one() {
        assertThat(next(groupSong)).isEqualTo(1);
        assertThat(next(groupSong)).isEqualTo(2);
        assertThat(next(skit)).isEqualTo(1);
        assertThat(next(groupSong)).isEqualTo(3);
    }

    @Test
    void concurrent_draws_never_give_a_number_twice() throws Exception {
        int threads = 8;
        int drawsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Integer>>> tasks = IntStream.range(0, threads)
                    .<Callable<List<Integer>>>mapToObj(t -> () -> IntStream.range(0, drawsEach)
                            .mapToObj(i -> next(groupSong))
                            .toList())
                    .toList();
            List<Integer> drawn = new ArrayList<>();
            for (Future<List<Integer>> result : pool.invokeAll(tasks)) {
                drawn.addAll(result.get());
            }
            assertThat(drawn).doesNotHaveDuplicates().hasSize(threads * drawsEach)
                    .allSatisfy(number -> assertThat(number).isBetween(1, threads * drawsEach));
        } finally {
            pool.shutdownNow();
        }
    }
}
