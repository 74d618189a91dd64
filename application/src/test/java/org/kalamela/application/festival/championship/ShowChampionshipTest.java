package org.kalamela.application.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.championship.Board.ADMIN;
import static org.kalamela.application.festival.championship.Board.BETHEL;
import static org.kalamela.application.festival.championship.Board.CARMEL;
import static org.kalamela.application.festival.championship.Board.OFFICIAL;
import static org.kalamela.application.festival.championship.Board.ZION;
import static org.kalamela.application.festival.championship.Board.man;
import static org.kalamela.application.festival.championship.Board.team;
import static org.kalamela.application.festival.championship.Board.woman;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShowChampionshipTest {

    private final Board board = new Board();

    @BeforeEach
    void publishTwoResults() {
        board.publishSolo(1, "Light music", man(1, 1, "Anil", BETHEL, 1, "A", 10),
                woman(1, 2, "Beena", CARMEL, 2, "A", 8),
                man(1, 3, "Cyril", ZION, 4, "C", 1), man(1, 4, "Dany", ZION, 5, null, 0));
        board.publishGroup(7, "Group song", team(7, 70, "GS-1", CARMEL, 1, "A", 5),
                team(7, 71, "GS-2", ZION, 2, "B", 3));
    }

    @Test
    void units_are_ranked_by_the_sum_of_their_entries_and_teams_with_the_results_that_make_it_up() {
        ChampionshipTable table = board.showChampionship.execute(ChampionshipScope.UNITS);

        assertThat(table.rows()).extracting(StandingRow::name, StandingRow::districtName, StandingRow::rank,
                        StandingRow::points)
                .containsExactly(tuple("Carmel", "Thrissur", 1, 13), tuple("Bethel", "Kottayam", 2, 10),
                        tuple("Zion", "Kottayam", 3, 4));
        assertThat(table.rows().get(0).contributions()).extracting(Contribution::eventName,
                        Contribution::resultNumber, Contribution::participant, Contribution::rank, Contribution::grade,
                        Contribution::points)
                .containsExactly(tuple("Light music", 1, "Beena", 2, "A", 8),
                        tuple("Group song", 2, "GS-1", 1, "A", 5));
        assertThat(table.status()).isEqualTo(new ResultsStatus(Board.EDITION, 2, 10, 2, true));
    }

    @Test
    void districts_sum_all_their_units_and_share_places_listed_by_name() {
        ChampionshipTable table = board.showChampionship.execute(ChampionshipScope.DISTRICTS);

        assertThat(table.rows()).extracting(StandingRow::id, StandingRow::name, StandingRow::rank, StandingRow::points)
                .containsExactly(tuple(1L, "Kottayam", 1, 14), tuple(2L, "Thrissur", 2, 13));

        board.publishSolo(2, "Elocution", woman(2, 5, "Elsa", CARMEL, 1, null, 1));
        assertThat(board.showChampionship.execute(ChampionshipScope.DISTRICTS).rows())
                .extracting(StandingRow::name, StandingRow::rank).containsExactly(tuple("Kottayam", 1),
                        tuple("Thrissur", 1));
    }

    @Test
    void the_admin_sees_the_same_table_and_drills_down_into_a_row() {
        assertThat(board.adminChampionship.execute(ChampionshipScope.UNITS, ADMIN))
                .isEqualTo(board.showChampionship.execute(ChampionshipScope.UNITS));

        StandingRow zion = board.adminRow.execute(ChampionshipScope.UNITS, ZION.id(), ADMIN);

        assertThat(zion.points()).isEqualTo(4);
        assertThat(zion.contributions()).extracting(Contribution::participant).containsExactly("GS-2", "Cyril");
    }

    @Test
    void a_unit_or_district_without_a_scored_entry_has_no_row() {
        assertNotFound(() -> board.adminRow.execute(ChampionshipScope.UNITS, 99, ADMIN), "NOT_FOUND");
        assertNotFound(() -> board.adminRow.execute(ChampionshipScope.DISTRICTS, 99, ADMIN), "NOT_FOUND");
    }

    @Test
    void only_the_admin_reads_the_admin_tables() {
        assertForbidden(() -> board.adminChampionship.execute(ChampionshipScope.UNITS, OFFICIAL));
        assertForbidden(() -> board.adminRow.execute(ChampionshipScope.UNITS, BETHEL.id(), OFFICIAL));
    }

    @Test
    void once_every_event_is_published_the_table_is_final() {
        board.results.current(Board.EDITION, 2);

        assertThat(board.showChampionship.execute(ChampionshipScope.UNITS).status().provisional()).isFalse();
    }
}
