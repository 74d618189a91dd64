package org.kalamela.application.festival.entry;

import java.util.List;
import org.kalamela.domain.festival.event.EventCategory;

/** The active events of one category in a district official's overview, in the order they were added. */
public record CategoryOverview(EventCategory category, List<EventOverview> events) {

    public CategoryOverview {
        events = List.copyOf(events);
    }
}
