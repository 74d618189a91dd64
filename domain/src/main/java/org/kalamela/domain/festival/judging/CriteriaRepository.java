package org.kalamela.domain.festival.judging;

import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;

/** Outbound port: the criteria of each event; an event without stored criteria is marked on the default. */
public interface CriteriaRepository {

    /** The criteria stored for the event, if any (callers fall back to {@link EventCriteria#DEFAULT}). */
    Optional<EventCriteria> find(EventId event);

    /** Stores the event's criteria, replacing earlier ones (refused by the caller once marks exist). */
    void replace(EventId event, EventCriteria criteria);

    /** The stored criteria, storing the default first when there are none: marks refer to stored criteria. */
    default EventCriteria fixed(EventId event) {
        return find(event).orElseGet(() -> {
            replace(event, EventCriteria.DEFAULT);
            return EventCriteria.DEFAULT;
        });
    }
}
