package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;

/**
 * Anyone sees Kalaprathibha and Kalathilakam of the current edition so far: the holders (all of them when
 * tied) and the leading members eligible, from the published results only.
 */
@UseCase
public class ShowPublicTitles {

    private final ResultsBoardCache boards;

    @Inject
    public ShowPublicTitles(ResultsBoardCache boards) {
        this.boards = boards;
    }

    /**
     * {@code SUPPORTS}: a read served from the cache needs no transaction of its own.
     *
     * @throws org.kalamela.domain.shared.error.NotFound {@code NO_CURRENT_EDITION} when no edition is current
     */
    @Transactional(TxType.SUPPORTS)
    public IndividualTitles execute() {
        return boards.current().titles();
    }
}
