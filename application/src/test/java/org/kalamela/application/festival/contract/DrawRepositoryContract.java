package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/** What every {@link DrawRepository} does. */
public abstract class DrawRepositoryContract {

    protected abstract DrawRepository draws();

    protected abstract JudgeSheetRepository sheets();

    protected abstract CriteriaRepository criteria();

    protected abstract FestivalContractFixtures fixtures();

    @Test
    void an_event_without_a_draw_has_none() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Elocution", 1);

        assertThat(draws().find(world.event().id())).isEmpty();
    }

    @Test
    void a_draw_reads_back_whole_with_its_seed_and_places() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Recitation", 3);
        Draw draw = world.draw(2026L);

        draws().replace(draw);

        assertThat(draws().find(world.event().id())).contains(draw);
    }

    @Test
    void drawing_again_replaces_the_earlier_draw_while_nothing_is_marked() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Essay", 4);
        draws().replace(world.draw(1L));
        Draw again = world.draw(2L);

        draws().replace(again);

        assertThat(draws().find(world.event().id())).contains(again);
    }

    @Test
    void a_draw_with_marks_is_not_replaced() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Poetry", 2);
        draws().replace(world.draw(1L));
        markFirstLetter(world, "draw-judge");

        assertThatThrownBy(() -> draws().replace(world.draw(2L))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("DRAW_LOCKED"));
    }

    @Test
    void an_edition_is_marked_once_a_draw_of_it_carries_a_mark() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Kadhaprasangam", 2);
        draws().replace(world.draw(3L));
        boolean drawnOnly = draws().anyMarked(world.year());

        markFirstLetter(world, "marked-judge");

        assertThat(drawnOnly).isFalse();
        assertThat(draws().anyMarked(world.year())).isTrue();
        assertThat(draws().anyMarked(EditionYear.of(2198))).isFalse();
    }

    private void markFirstLetter(JudgingContractWorld world, String judgeName) {
        AccountId judge = fixtures().givenJudge(judgeName);
        sheets().assign(world.event().id(), judge, judge, JudgingContractWorld.AT);
        criteria().replace(world.event().id(), EventCriteria.DEFAULT);
        sheets().saveMarks(world.event().id(), judge, List.of(new SheetMark(CodeLetter.ofPosition(1), 1,
                new BigDecimal("50.00"))), judge, false, JudgingContractWorld.AT);
    }
}
