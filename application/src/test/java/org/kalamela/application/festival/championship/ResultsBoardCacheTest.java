package org.kalamela.application.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.championship.Board.BETHEL;
import static org.kalamela.application.festival.championship.Board.ZION;
import static org.kalamela.application.festival.championship.Board.man;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsBoardCacheTest {

    private final Board board = new Board();

    @Test
    void reads_with_an_unchanged_fingerprint_are_served_without_reading_the_results_again() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));

        PublishedResults first = board.showResults.execute();
        int reads = board.results.rowReads();
        board.showChampionship.execute(ChampionshipScope.UNITS);
        board.showTitles.execute();

        assertThat(board.showResults.execute()).isSameAs(first);
        assertThat(board.results.rowReads()).isEqualTo(reads);
    }

    @Test
    void a_publication_rebuilds_the_tables() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        assertThat(board.showChampionship.execute(ChampionshipScope.UNITS).rows()).hasSize(1);

        board.publishSolo(2, "Elocution", man(2, 2, "Biju", ZION, 1, "A", 10));

        assertThat(board.showChampionship.execute(ChampionshipScope.UNITS).rows()).extracting(StandingRow::name)
                .containsExactly("Bethel", "Zion");
    }

    @Test
    void an_appeal_and_the_republication_after_it_are_each_seen_at_the_next_read() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10), man(1, 2, "Biju", ZION, 2, "A", 8));
        assertThat(board.showResults.execute().events().get(0).underAppeal()).isFalse();

        board.results.appeal(1);
        assertThat(board.showResults.execute().events().get(0).underAppeal()).isTrue();

        board.results.republish(1, List.of(man(1, 1, "Anil", BETHEL, 2, "A", 8), man(1, 2, "Biju", ZION, 1, "A", 10)));
        EventResult revised = board.showResults.execute().events().get(0);
        assertThat(revised.underAppeal()).isFalse();
        assertThat(revised.revision()).isEqualTo(1);
        assertThat(revised.places()).extracting(Place::participant).containsExactly("Biju", "Anil");
        assertThat(board.showChampionship.execute(ChampionshipScope.UNITS).rows()).extracting(StandingRow::name)
                .containsExactly("Zion", "Bethel");
    }

    @Test
    void a_changed_kalaprathibha_minimum_is_a_changed_fingerprint() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        assertThat(board.showTitles.execute().kalaprathibha().holders()).isEmpty();

        board.results.kalaprathibhaMinimumEvents(1);

        assertThat(board.showTitles.execute().kalaprathibha().holders()).extracting(Contender::name)
                .containsExactly("Anil");
    }

    @Test
    void a_publication_landing_between_the_reads_of_a_rebuild_is_left_out_until_the_next_read() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.results.betweenReads(() -> board.publishSolo(2, "Elocution", man(2, 2, "Biju", ZION, 1, "A", 10)));

        PublishedResults skewed = board.showResults.execute();

        assertThat(skewed.events()).extracting(EventResult::name).containsExactly("Light music");
        assertThat(board.showChampionship.execute(ChampionshipScope.UNITS).rows()).extracting(StandingRow::name)
                .containsExactly("Bethel", "Zion");
        assertThat(board.showResults.execute().events()).extracting(EventResult::name)
                .containsExactly("Light music", "Elocution");
    }
}
