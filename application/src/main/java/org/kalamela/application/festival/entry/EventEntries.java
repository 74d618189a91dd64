package org.kalamela.application.festival.entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * A district's entries and teams grouped by event, events in the order they were added (by id); only
     * events with entries. The rows keep their order within each event.
     */
    public static List<EventEntries> byEvent(List<IndividualEntryRow> entries, List<TeamRow> teams) {
        Map<EventId, Grouped> byEvent = new TreeMap<>(Comparator.comparingLong(EventId::value));
        for (IndividualEntryRow entry : entries) {
            byEvent.computeIfAbsent(entry.eventId(), id -> new Grouped(entry.eventName())).entries().add(entry);
        }
        for (TeamRow team : teams) {
            byEvent.computeIfAbsent(team.eventId(), id -> new Grouped(team.eventName())).teams().add(team);
        }
        return byEvent.entrySet().stream()
                .map(event -> new EventEntries(event.getKey(), event.getValue().eventName(),
                        event.getValue().entries(), event.getValue().teams()))
                .toList();
    }

    private record Grouped(String eventName, List<IndividualEntryRow> entries, List<TeamRow> teams) {

        Grouped(String eventName) {
            this(eventName, new ArrayList<>(), new ArrayList<>());
        }
    }
}
