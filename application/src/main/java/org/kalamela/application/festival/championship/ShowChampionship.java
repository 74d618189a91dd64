package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin's championship table, unit-wise or district-wise: the same table the public sees (one source,
 * so the two never disagree), with the result number it reflects and every row's contributing results.
 */
@UseCase
public class ShowChampionship {

    private final ResultsBoardCache boards;

    @Inject
    public ShowChampionship(ResultsBoardCache boards) {
        this.boards = boards;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NO_CURRENT_EDITION} when no edition is current
     */
    @Transactional(TxType.SUPPORTS)
    public ChampionshipTable execute(ChampionshipScope scope, Actor actor) {
        actor.require(Role.ADMIN);
        ResultsBoard board = boards.current();
        return scope == ChampionshipScope.UNITS ? board.units() : board.districts();
    }
}
