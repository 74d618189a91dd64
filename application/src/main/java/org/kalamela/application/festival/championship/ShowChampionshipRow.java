package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/** The admin's drill-down of one championship row: a unit's (district's) place, points and results. */
@UseCase
public class ShowChampionshipRow {

    private final ResultsBoardCache boards;

    @Inject
    public ShowChampionshipRow(ResultsBoardCache boards) {
        this.boards = boards;
    }

    /**
     * @throws NotFound {@code NO_CURRENT_EDITION} when no edition is current; {@code NOT_FOUND} for a unit
     *         (district) without a scored entry in the published results, or that does not exist
     */
    @Transactional(TxType.SUPPORTS)
    public StandingRow execute(ChampionshipScope scope, long id, Actor actor) {
        actor.require(Role.ADMIN);
        ResultsBoard board = boards.current();
        ChampionshipTable table = scope == ChampionshipScope.UNITS ? board.units() : board.districts();
        return table.row(id).orElseThrow(() -> new NotFound(scope == ChampionshipScope.UNITS ? "Unit" : "District",
                id));
    }
}
