package org.kalamela.domain.festival.result;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: each event's result (its state and publication) and its entries' results. Writing the
 * entries' results is one batch, whatever the number of entries.
 */
public interface EventResultRepository {

    Optional<EventResult> find(EventId event);

    /** Stores the result's state and publication, creating the row at the first call. */
    void save(EventResult result);

    /** Replaces the event's entry results with these (the whole event is always computed together). */
    void replaceEntries(EventResult result, List<EntryResult> entries);

    /** The event's entry results, in order of appearance. */
    List<EntryResult> entries(EventId event);
}
