package org.kalamela.application.festival.championship;

import java.time.Instant;
import java.util.List;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;

/**
 * A published event's result as the public sees it: its number, when published, whether it is under appeal
 * (the published places stand until republished), and places 1 to 3.
 */
public record EventResult(EventId event, String name, EventCategory category, EventKind kind, int resultNumber,
                          int revision, Instant publishedAt, boolean underAppeal, List<Place> places) {

    public EventResult {
        places = List.copyOf(places);
    }
}
