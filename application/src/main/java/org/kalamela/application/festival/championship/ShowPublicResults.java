package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;

/**
 * Anyone sees the current edition's published results: each event with places 1 to 3 (ties give more rows),
 * by result number, an event under appeal marked so. Only published results are ever read.
 */
@UseCase
public class ShowPublicResults {

    private final ResultsBoardCache boards;

    @Inject
    public ShowPublicResults(ResultsBoardCache boards) {
        this.boards = boards;
    }

    /**
     * {@code SUPPORTS}: a read served from the cache needs no transaction of its own.
     *
     * @throws org.kalamela.domain.shared.error.NotFound {@code NO_CURRENT_EDITION} when no edition is current
     */
    @Transactional(TxType.SUPPORTS)
    public PublishedResults execute() {
        return boards.current().results();
    }
}
