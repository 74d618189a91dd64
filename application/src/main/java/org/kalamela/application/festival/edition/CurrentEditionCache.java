package org.kalamela.application.festival.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.application.shared.signal.SignalledValue;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;

/**
 * The current edition as the public reads it, kept per instance until a change of the editions is heard
 * (ADR-20): every phone and every official's screen asks for it, and it changes a few times a year.
 */
@ApplicationScoped
public class CurrentEditionCache {

    private final EditionRepository editions;
    private final SignalledValue<Optional<Edition>> current;

    @Inject
    public CurrentEditionCache(EditionRepository editions, ChangeSignals signals) {
        this.editions = editions;
        this.current = new SignalledValue<>(signals, ChangeTopic.EDITIONS);
    }

    /** The current edition, empty when none is; read from the database unless known. */
    Optional<Edition> current() {
        return current.get(editions::findCurrent);
    }

    /** The current edition when it is known without asking the database; empty otherwise (or when none is). */
    Optional<Edition> known() {
        return current.known().flatMap(edition -> edition);
    }
}
