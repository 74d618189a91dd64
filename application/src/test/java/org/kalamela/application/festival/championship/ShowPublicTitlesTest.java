package org.kalamela.application.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.festival.championship.Board.BETHEL;
import static org.kalamela.application.festival.championship.Board.CARMEL;
import static org.kalamela.application.festival.championship.Board.ZION;
import static org.kalamela.application.festival.championship.Board.man;
import static org.kalamela.application.festival.championship.Board.team;
import static org.kalamela.application.festival.championship.Board.woman;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.championship.Title;

class ShowPublicTitlesTest {

    private final Board board = new Board();

    @Test
    void kalaprathibha_and_kalathilakam_go_to_the_highest_individual_totals_over_two_events() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10),
                woman(1, 2, "Beena", CARMEL, 1, "A", 10),
                man(1, 3, "Cyril", ZION, 2, "A", 8));
        board.publishSolo(2, "Elocution", man(2, 1, "Anil", BETHEL, 2, "B", 6),
                woman(2, 2, "Beena", CARMEL, 1, "A", 10),
                man(2, 4, "Dany", ZION, 1, "A", 10));
        board.publishGroup(7, "Group song", team(7, 70, "GS-1", ZION, 1, "A", 5));

        IndividualTitles titles = board.showTitles.execute();

        assertThat(titles.minimumEvents()).isEqualTo(2);
        assertThat(titles.kalaprathibha().title()).isEqualTo(Title.KALAPRATHIBHA);
        assertThat(titles.kalaprathibha().holders()).extracting(Contender::name, Contender::chestNumber,
                        Contender::unitName, Contender::districtName, Contender::points, Contender::events)
                .containsExactly(tuple("Anil", 1001, "Bethel", "Kottayam", 16, 2));
        assertThat(titles.kalaprathibha().leaders()).extracting(Contender::name).containsExactly("Anil");
        assertThat(titles.kalathilakam().holders()).extracting(Contender::name).containsExactly("Beena");
        assertThat(titles.kalathilakam().winningPoints()).isEqualTo(20);
    }

    @Test
    void a_tie_names_every_tied_member() {
        board.publishSolo(1, "Light music", woman(1, 1, "Anu", BETHEL, 1, "A", 10),
                woman(1, 2, "Beena", CARMEL, 2, "A", 8));
        board.publishSolo(2, "Elocution", woman(2, 1, "Anu", BETHEL, 2, "A", 8),
                woman(2, 2, "Beena", CARMEL, 1, "A", 10));

        TitleStanding kalathilakam = board.showTitles.execute().kalathilakam();

        assertThat(kalathilakam.holders()).extracting(Contender::name, Contender::rank)
                .containsExactly(tuple("Anu", 1), tuple("Beena", 1));
    }

    @Test
    void nobody_holds_a_title_before_anyone_has_scored_in_two_events() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10));

        IndividualTitles titles = board.showTitles.execute();

        assertThat(titles.kalaprathibha().holders()).isEmpty();
        assertThat(titles.kalaprathibha().winningPoints()).isZero();
        assertThat(titles.kalathilakam().leaders()).isEmpty();
    }
}
