package org.kalamela.application.festival.entry;

import java.util.List;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.festival.event.EventId;

/**
 * One event's entries of a district: the individual entries (an individual event) or the teams with their
 * members (a group event).
 */
public record EventEntries(EventId eventId, String eventName, List<IndividualEntryRow> entries,
                           List<TeamRow> teams) {

    public EventEntries {
        entries = List.copyOf(entries);
        teams = List.copyOf(teams);
    }
}
