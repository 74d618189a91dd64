package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;

/**
 * The current edition if this instance knows it without asking the database (ADR-20): what an I/O thread may
 * answer at once; when empty, {@link ShowCurrentEdition} reads it on a worker thread.
 */
@UseCase
public class ShowKnownCurrentEdition {

    private final CurrentEditionCache cache;

    @Inject
    public ShowKnownCurrentEdition(CurrentEditionCache cache) {
        this.cache = cache;
    }

    /** {@code SUPPORTS}: reads memory only, never a transaction. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Edition> execute() {
        return cache.known();
    }
}
