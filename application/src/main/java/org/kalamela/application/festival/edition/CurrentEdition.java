package org.kalamela.application.festival.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * Finds the edition a use case acts on: the current one for officials and the public, the one named by the
 * admin otherwise. Runs inside the calling use case's transaction. The current edition comes from the
 * per-instance {@link CurrentEditionCache} (ADR-20): every official request reads it, and it changes a few times
 * a year; a transaction that has itself written an edition reads the database, so it sees its own change.
 */
@ApplicationScoped
public class CurrentEdition {

    private final EditionRepository editions;
    private final CurrentEditionCache current;

    @Inject
    public CurrentEdition(EditionRepository editions, CurrentEditionCache current) {
        this.editions = editions;
        this.current = current;
    }

    /** @throws NotFound {@code NO_CURRENT_EDITION} when no edition has been marked current */
    public Edition require() {
        return current.current().orElseThrow(() -> new NotFound(ErrorCode.NO_CURRENT_EDITION,
                "No festival edition is marked current"));
    }

    /** The current edition, empty when none is marked current. */
    public Optional<Edition> find() {
        return current.current();
    }

    /** The current edition when this instance knows it without asking the database; empty otherwise. */
    public Optional<Edition> known() {
        return current.known();
    }

    /** The edition of that year, or the current one when no year is given. */
    public Edition orCurrent(EditionYear year) {
        if (year == null) {
            return require();
        }
        return editions.findByYear(year).orElseThrow(() -> new NotFound("Edition", year));
    }
}
