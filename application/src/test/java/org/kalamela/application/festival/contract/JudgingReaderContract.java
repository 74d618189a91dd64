package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.application.festival.query.JudgingReader;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every {@link JudgingReader} does: the admin's result view names who performs under each code letter
 * (in order of appearance, of the event's current draw only) and the panel in the order it was seated.
 */
public abstract class JudgingReaderContract {

    protected abstract JudgingReader reader();

    protected abstract DrawRepository draws();

    protected abstract JudgeSheetRepository sheets();

    protected abstract FestivalContractFixtures fixtures();

    @Test
    void an_event_not_drawn_has_no_performers_and_one_without_a_panel_no_judges() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Undrawn kathakali", 2);

        assertThat(reader().performers(world.event().id())).isEmpty();
        assertThat(reader().judgeNames(world.event().id())).isEmpty();
    }

    @Test
    void the_performers_read_in_order_of_appearance_with_their_member_unit_and_district() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Read recitation", 4);
        JudgingContractWorld other = JudgingContractWorld.with(fixtures(), "Other recitation", 2);
        Draw draw = world.draw(2026L);
        draws().replace(draw);
        draws().replace(other.draw(7L));

        List<DrawnPerformerRow> rows = reader().performers(world.event().id());

        assertThat(rows).extracting(DrawnPerformerRow::codeLetter).extracting(CodeLetter::value)
                .containsExactly("A", "B", "C", "D");
        assertThat(rows).extracting(DrawnPerformerRow::names).containsExactlyElementsOf(names(world, draw));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.teamCode()).isNull();
            // The contract's entries have no chest numbers assigned: the row says so rather than inventing one.
            assertThat(row.chestNumber()).isNull();
            assertThat(row.unitName()).isEqualTo("Judging Unit");
            assertThat(row.districtName()).isEqualTo("Judging District Read recitation");
        });
    }

    @Test
    void a_new_draw_replaces_the_order_the_reader_gives() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Redrawn elocution", 5);
        draws().replace(world.draw(1L));
        Draw again = world.draw(99L);
        draws().replace(again);

        assertThat(reader().performers(world.event().id())).extracting(DrawnPerformerRow::names)
                .containsExactlyElementsOf(names(world, again));
    }

    @Test
    void the_panel_reads_in_the_order_it_was_seated_with_each_judges_name_and_no_other_events_judges() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Judged mime", 1);
        JudgingContractWorld other = JudgingContractWorld.with(fixtures(), "Other mime", 1);
        AccountId first = fixtures().givenJudge("first-judge");
        AccountId second = fixtures().givenJudge("second-judge");
        AccountId elsewhere = fixtures().givenJudge("elsewhere-judge");
        // Seated second-created first: the order is the seating's, not the accounts'.
        sheets().assign(world.event().id(), second, JudgingContractWorld.ADMIN.accountId(), JudgingContractWorld.AT);
        sheets().assign(world.event().id(), first, JudgingContractWorld.ADMIN.accountId(),
                JudgingContractWorld.AT.plus(Duration.ofMinutes(1)));
        sheets().assign(other.event().id(), elsewhere, JudgingContractWorld.ADMIN.accountId(),
                JudgingContractWorld.AT);

        var names = reader().judgeNames(world.event().id());

        assertThat(names.keySet()).containsExactly(second, first);
        assertThat(names.values()).allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(reader().judgeNames(other.event().id()).keySet()).containsExactly(elsewhere);
    }

    private static List<String> names(JudgingContractWorld world, Draw draw) {
        return draw.appearances().stream().map(Appearance::performer)
                .map(p -> "Performer " + (world.entries().indexOf(p) + 1)).toList();
    }
}
