package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.contract.JudgingContractWorld.AT;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.Grade;
import org.kalamela.domain.festival.result.ResultNumberSequence;
import org.kalamela.domain.shared.id.AccountId;

/** What every {@link EventResultRepository} and {@link ResultNumberSequence} do. */
public abstract class EventResultRepositoryContract {

    protected abstract EventResultRepository results();

    protected abstract ResultNumberSequence resultNumbers();

    protected abstract DrawRepository draws();

    protected abstract FestivalContractFixtures fixtures();

    @Test
    void a_result_reads_back_in_every_state() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Kathakali", 1);
        EventResult scoring = EventResult.scoring(world.event().id(), world.year());
        assertThat(results().find(world.event().id())).isEmpty();

        for (EventResult state : List.of(scoring, scoring.tabulate(AT),
                scoring.tabulate(AT).publish(() -> 7, AT.plusSeconds(60), AccountId.of(1)),
                scoring.tabulate(AT).publish(() -> 7, AT.plusSeconds(60), AccountId.of(1)).openAppeal(),
                scoring.tabulate(AT).publish(() -> 7, AT.plusSeconds(60), AccountId.of(1)).openAppeal()
                        .republish(AT.plusSeconds(600), AccountId.of(1)))) {
            results().save(state);
            assertThat(results().find(world.event().id())).contains(state);
        }
    }

    @Test
    void entry_results_are_replaced_as_a_whole_event() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Mappilappattu", 3);
        Draw draw = world.draw(3L);
        draws().replace(draw);
        EventResult tabulated = EventResult.scoring(world.event().id(), world.year()).tabulate(AT);
        results().save(tabulated);
        List<EntryResult> first = results(draw, "80", "61.5", "39.99");
        List<EntryResult> second = results(draw, "80", "80", "70");

        results().replaceEntries(tabulated, first);
        assertThat(results().entries(world.event().id())).isEqualTo(first);
        results().replaceEntries(tabulated, second);
        assertThat(results().entries(world.event().id())).isEqualTo(second);
    }

    @Test
    void result_numbers_count_from_one_per_edition() {
        EditionYear other = EditionYear.of(2027);
        fixtures().givenEdition(EditionYear.of(2026));
        fixtures().givenEdition(other);

        assertThat(resultNumbers().next(EditionYear.of(2026))).isEqualTo(1);
        assertThat(resultNumbers().next(EditionYear.of(2026))).isEqualTo(2);
        assertThat(resultNumbers().next(other)).isEqualTo(1);
    }

    /** Results with the given marks, in order of appearance; grades and ranks as made up by the test. */
    private static List<EntryResult> results(Draw draw, String... marks) {
        List<Appearance> places = draw.appearances();
        return java.util.stream.IntStream.range(0, marks.length).mapToObj(i -> {
            BigDecimal mark = new BigDecimal(marks[i]).setScale(2);
            Grade grade = mark.compareTo(BigDecimal.valueOf(40)) >= 0 ? Grade.of("C", 1) : Grade.NONE;
            int rankPoints = i == 0 ? 5 : 0;
            return new EntryResult(places.get(i).codeLetter(), places.get(i).performer(), mark, grade, i + 1,
                    rankPoints, grade.points() + rankPoints);
        }).toList();
    }
}
