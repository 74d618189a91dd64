package org.kalamela.application.festival.edition;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * The current edition with its rules and registration window, for anyone: officials see when registration
 * closes, the public which edition results belong to. Served from the per-instance cache (ADR-20).
 */
@UseCase
public class ShowCurrentEdition {

    private final CurrentEditionCache cache;

    @Inject
    public ShowCurrentEdition(CurrentEditionCache cache) {
        this.cache = cache;
    }

    /**
     * {@code SUPPORTS}: one read needs no transaction of its own, and a transaction's end would move the change
     * signals' counts of this instance (ADR-20), so the answer just kept could not be served from memory next.
     *
     * @throws NotFound {@code NO_CURRENT_EDITION} when no edition has been marked current
     */
    @Transactional(TxType.SUPPORTS)
    public Edition execute() {
        return cache.current().orElseThrow(() -> new NotFound(ErrorCode.NO_CURRENT_EDITION,
                "No festival edition is marked current"));
    }
}
