package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.festival.draw.EventPerformers;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.Team;

/** The event's entries and teams, read from the entry and team fakes as the query reads the tables. */
public final class InMemoryEventPerformers implements EventPerformers {

    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;

    public InMemoryEventPerformers(InMemoryIndividualEntryRepository entries, InMemoryTeamRepository teams) {
        this.entries = entries;
        this.teams = teams;
    }

    @Override
    public List<Performer> of(EventId event) {
        List<Performer> performers = new ArrayList<>();
        entries.all().stream().filter(e -> e.eventId().equals(event)).map(IndividualEntry::id)
                .forEach(id -> performers.add(Performer.entry(id)));
        teams.all().stream().filter(t -> t.eventId().equals(event)).map(Team::id)
                .forEach(id -> performers.add(Performer.team(id)));
        return performers;
    }
}
