package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.JudgingFixtures.EVENT;
import static org.kalamela.domain.festival.JudgingFixtures.submittedSheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;

class TabulationTest {

    private final Tabulation tabulation = new Tabulation(FestivalRules.defaults2026());

    @Test
    void an_individual_event_gets_marks_grades_ranks_and_points_from_the_whole_panel() {
        Draw draw = draw(false, 4);
        List<JudgeSheet> panel = List.of(
                submittedSheet(11, "70", "60", "39", "90"),
                submittedSheet(12, "80", "61", "40", "90"),
                submittedSheet(13, "90", "62", "40", "90"));

        List<EntryResult> results = tabulation.tabulate(draw, panel);

        assertThat(results).extracting(EntryResult::mark).containsExactly(new BigDecimal("80.00"),
                new BigDecimal("61.00"), new BigDecimal("39.67"), new BigDecimal("90.00"));
        assertThat(results).extracting(r -> r.grade().letter().orElse("-")).containsExactly("A", "A", "-", "A");
        assertThat(results).extracting(EntryResult::rank).containsExactly(2, 3, 4, 1);
        assertThat(results).extracting(EntryResult::rankPoints).containsExactly(3, 1, 0, 5);
        assertThat(results).extracting(EntryResult::points).containsExactly(8, 6, 0, 10);
        assertThat(results).extracting(EntryResult::codeLetter).extracting(CodeLetter::value)
                .containsExactly("A", "B", "C", "D");
    }

    @Test
    void a_team_event_counts_rank_points_only_and_shows_the_grade() {
        List<EntryResult> results = tabulation.tabulate(draw(true, 3),
                List.of(submittedSheet(11, "75", "75", "45")));

        assertThat(results).extracting(EntryResult::rank).containsExactly(1, 1, 3);
        assertThat(results).extracting(r -> r.grade().letter().orElseThrow()).containsExactly("A", "A", "C");
        assertThat(results).extracting(EntryResult::points).containsExactly(5, 5, 1);
    }

    @Test
    void only_submitted_sheets_make_a_result() {
        JudgeSheet open = JudgeSheet.empty(EVENT, AccountId.of(11));

        assertThatThrownBy(() -> tabulation.tabulate(draw(false, 1), List.of(open)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tabulation.tabulate(draw(false, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_entry_result_is_consistent_with_its_points() {
        Performer entry = Performer.entry(IndividualEntryId.of(1));
        assertThatThrownBy(() -> new EntryResult(CodeLetter.ofPosition(1), entry, new BigDecimal("70"),
                Grade.of("A", 5), 1, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryResult(CodeLetter.ofPosition(1), entry, new BigDecimal("70"),
                Grade.of("A", 5), 0, 5, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Draw draw(boolean teams, int count) {
        List<Appearance> order = LongStream.rangeClosed(1, count).mapToObj(i -> new Appearance((int) i,
                CodeLetter.ofPosition((int) i), teams ? Performer.team(TeamId.of(i))
                        : Performer.entry(IndividualEntryId.of(i)))).toList();
        return new Draw(EVENT, EditionYear.of(2026), new DrawSeed("00".repeat(32)), AccountId.of(1), Instant.EPOCH, order);
    }
}
