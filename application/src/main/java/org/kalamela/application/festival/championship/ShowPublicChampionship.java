package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;

/**
 * Anyone sees the unit-wise or district-wise championship of the current edition: every unit (district)
 * with a scored entry, ranked by points with shared places, each row with the results that make it up, and
 * "after N of M results", provisional until every event's result is published.
 */
@UseCase
public class ShowPublicChampionship {

    private final ResultsBoardCache boards;

    @Inject
    public ShowPublicChampionship(ResultsBoardCache boards) {
        this.boards = boards;
    }

    /**
     * {@code SUPPORTS}: a read served from the cache needs no transaction of its own.
     *
     * @throws org.kalamela.domain.shared.error.NotFound {@code NO_CURRENT_EDITION} when no edition is current
     */
    @Transactional(TxType.SUPPORTS)
    public ChampionshipTable execute(ChampionshipScope scope) {
        ResultsBoard board = boards.current();
        return scope == ChampionshipScope.UNITS ? board.units() : board.districts();
    }
}
