package org.kalamela.application.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.championship.Board.BETHEL;
import static org.kalamela.application.festival.championship.Board.ZION;
import static org.kalamela.application.festival.championship.Board.man;

import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.domain.shared.error.NotFound;

/** The results cache with change signals (ADR-20): no database while live and quiet, the check otherwise. */
class ResultsBoardSignalsTest {

    private final Board board = new Board();

    @Test
    void while_the_signals_are_live_and_quiet_a_read_asks_the_database_nothing() {
        board.signals.listen();
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        PublishedResults first = board.showResults.execute();
        int fingerprints = board.results.fingerprintReads();

        for (int i = 0; i < 5; i++) {
            assertThat(board.showResults.execute()).isSameAs(first);
            board.showChampionship.execute(ChampionshipScope.DISTRICTS);
        }

        assertThat(board.results.fingerprintReads()).isEqualTo(fingerprints);
        assertThat(board.cache.known()).isPresent();
    }

    @Test
    void a_heard_publication_is_served_at_the_next_read() {
        board.signals.listen();
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.showResults.execute();

        board.publishSolo(2, "Elocution", man(2, 2, "Biju", ZION, 1, "A", 10));
        board.signals.announce(ChangeTopic.RESULTS);

        assertThat(board.cache.known()).isEmpty();
        assertThat(board.showResults.execute().events()).extracting(EventResult::name)
                .containsExactly("Light music", "Elocution");
        assertThat(board.cache.known()).isPresent();
    }

    @Test
    void a_heard_change_of_the_edition_is_checked_too() {
        board.signals.listen();
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        assertThat(board.showTitles.execute().kalaprathibha().holders()).isEmpty();

        board.results.kalaprathibhaMinimumEvents(1);
        board.signals.announce(ChangeTopic.EDITIONS);

        assertThat(board.showTitles.execute().kalaprathibha().holders()).extracting(Contender::name)
                .containsExactly("Anil");
    }

    @Test
    void a_change_of_another_topic_costs_no_check() {
        board.signals.listen();
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.showResults.execute();

        board.signals.announce(ChangeTopic.EVENTS);

        assertThat(board.cache.known()).isPresent();
    }

    @Test
    void without_live_signals_every_read_checks_the_fingerprint_and_nothing_stale_is_served() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.showResults.execute();
        int fingerprints = board.results.fingerprintReads();

        board.publishSolo(2, "Elocution", man(2, 2, "Biju", ZION, 1, "A", 10));

        assertThat(board.cache.known()).isEmpty();
        assertThat(board.showResults.execute().events()).hasSize(2);
        assertThat(board.results.fingerprintReads()).isEqualTo(fingerprints + 1);
    }

    @Test
    void a_lost_listener_falls_back_to_the_check_and_a_reconnection_checks_once_more() {
        board.signals.listen();
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.showResults.execute();

        board.signals.lose();
        board.publishSolo(2, "Elocution", man(2, 2, "Biju", ZION, 1, "A", 10));
        assertThat(board.cache.known()).isEmpty();
        board.publishSolo(3, "Mono act", man(3, 3, "Cyril", ZION, 1, "A", 10));
        board.signals.listen();

        assertThat(board.cache.known()).isEmpty();
        assertThat(board.showResults.execute().events()).hasSize(3);
        assertThat(board.cache.known()).isPresent();
    }

    @Test
    void no_current_edition_is_remembered_until_a_signal_is_heard() {
        board.signals.listen();
        board.results.noCurrentEdition();
        assertThatThrownBy(board.showResults::execute).isInstanceOf(NotFound.class);
        int fingerprints = board.results.fingerprintReads();

        assertThatThrownBy(board.showResults::execute).isInstanceOf(NotFound.class);
        assertThat(board.results.fingerprintReads()).isEqualTo(fingerprints);

        board.results.current(Board.EDITION, 10);
        board.signals.announce(ChangeTopic.EDITIONS);
        assertThat(board.showResults.execute().events()).isEmpty();
    }
}
