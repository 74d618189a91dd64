package org.kalamela.application.festival.championship;

import java.util.List;

/** Every published result of the current edition, by result number, and which results that is. */
public record PublishedResults(ResultsStatus status, List<EventResult> events) {

    public PublishedResults {
        events = List.copyOf(events);
    }
}
