package org.kalamela.application.festival.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.application.shared.signal.SignalledMap;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.shared.error.NotFound;

/**
 * Finds an event of the edition a use case acts on; an event of another edition is not found. Events are kept
 * per instance until a change of the events is heard (ADR-20): every entry and team request looks its event up,
 * and events change a few times before the festival; a transaction that has itself written an event reads the
 * database.
 */
@ApplicationScoped
public class EventLookup {

    private final FestivalEventRepository events;
    private final SignalledMap<EventId, Optional<FestivalEvent>> known;

    @Inject
    public EventLookup(FestivalEventRepository events, ChangeSignals signals) {
        this.events = events;
        this.known = new SignalledMap<>(signals, ChangeTopic.EVENTS);
    }

    public FestivalEvent require(EventId id, EditionYear edition) {
        return known.get(id, events::findById)
                .filter(event -> event.edition().equals(edition))
                .orElseThrow(() -> new NotFound("Event", id));
    }
}
