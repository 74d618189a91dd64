package org.kalamela.application.festival.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.shared.error.NotFound;

/** Finds an event of the edition a use case acts on; an event of another edition is not found. */
@ApplicationScoped
public class EventLookup {

    private final FestivalEventRepository events;

    @Inject
    public EventLookup(FestivalEventRepository events) {
        this.events = events;
    }

    public FestivalEvent require(EventId id, EditionYear edition) {
        return events.findById(id)
                .filter(event -> event.edition().equals(edition))
                .orElseThrow(() -> new NotFound("Event", id));
    }
}
