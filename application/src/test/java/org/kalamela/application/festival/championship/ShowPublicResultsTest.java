package org.kalamela.application.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.championship.Board.BETHEL;
import static org.kalamela.application.festival.championship.Board.CARMEL;
import static org.kalamela.application.festival.championship.Board.ZION;
import static org.kalamela.application.festival.championship.Board.man;
import static org.kalamela.application.festival.championship.Board.team;
import static org.kalamela.application.festival.championship.Board.woman;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShowPublicResultsTest {

    private final Board board = new Board();

    @Test
    void each_published_event_shows_places_one_to_three_with_ties_giving_more_rows() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10), man(1, 2, "Biju", ZION, 1, "A", 10),
                man(1, 3, "Cyril", CARMEL, 3, "A", 6), man(1, 4, "Dany", CARMEL, 3, "B", 4),
                man(1, 5, "Eldho", BETHEL, 5, "B", 3));

        PublishedResults published = board.showResults.execute();

        EventResult result = published.events().get(0);
        assertThat(result.resultNumber()).isEqualTo(1);
        assertThat(result.underAppeal()).isFalse();
        assertThat(result.places()).extracting(Place::rank, Place::participant, Place::unitName, Place::districtName,
                        Place::chestNumber, Place::teamCode)
                .containsExactly(tuple(1, "Anil", "Bethel", "Kottayam", 1001, null),
                        tuple(1, "Biju", "Zion", "Kottayam", 1002, null),
                        tuple(3, "Cyril", "Carmel", "Thrissur", 1003, null),
                        tuple(3, "Dany", "Carmel", "Thrissur", 1004, null));
    }

    @Test
    void a_team_is_shown_by_its_code_and_results_come_by_result_number() {
        board.publishGroup(7, "Group song", team(7, 70, "GS-1", ZION, 1, "A", 5));
        board.publishSolo(1, "Light music", woman(1, 1, "Anu", BETHEL, 1, "A", 10));

        List<EventResult> events = board.showResults.execute().events();

        assertThat(events).extracting(EventResult::name, EventResult::resultNumber)
                .containsExactly(tuple("Group song", 1), tuple("Light music", 2));
        assertThat(events.get(0).places()).extracting(Place::participant, Place::teamCode, Place::chestNumber)
                .containsExactly(tuple("GS-1", "GS-1", null));
    }

    @Test
    void an_event_under_appeal_keeps_its_published_places_and_says_so() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.results.appeal(1);

        EventResult result = board.showResults.execute().events().get(0);

        assertThat(result.underAppeal()).isTrue();
        assertThat(result.places()).extracting(Place::participant).containsExactly("Anil");
    }

    @Test
    void the_status_says_after_how_many_results_and_whether_provisional() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));
        board.publishSolo(2, "Elocution", man(2, 1, "Anil", BETHEL, 1, "A", 10));

        ResultsStatus status = board.showResults.execute().status();

        assertThat(status).isEqualTo(new ResultsStatus(Board.EDITION, 2, 10, 2, true));
    }

    @Test
    void without_a_current_edition_there_is_nothing_to_show() {
        board.results.noCurrentEdition();

        assertNotFound(() -> board.showResults.execute(), "NO_CURRENT_EDITION");
    }
}
