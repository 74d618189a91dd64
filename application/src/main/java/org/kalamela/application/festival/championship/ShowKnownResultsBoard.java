package org.kalamela.application.festival.championship;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.kalamela.application.UseCase;

/**
 * The public results board if this instance knows it is current without asking the database (ADR-20): what an
 * I/O thread may answer at once. When empty (a change was heard, the signals are not live, no edition is
 * current), {@link ShowPublicResults}, {@link ShowPublicChampionship} and {@link ShowPublicTitles} check the
 * database on a worker thread.
 */
@UseCase
public class ShowKnownResultsBoard {

    private final ResultsBoardCache boards;

    @Inject
    public ShowKnownResultsBoard(ResultsBoardCache boards) {
        this.boards = boards;
    }

    /** {@code SUPPORTS}: reads memory only, never a transaction. */
    @Transactional(TxType.SUPPORTS)
    public Optional<ResultsBoard> execute() {
        return boards.known().flatMap(board -> board);
    }
}
