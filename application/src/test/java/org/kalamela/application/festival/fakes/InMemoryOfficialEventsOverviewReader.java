package org.kalamela.application.festival.fakes;

import java.util.List;
import org.kalamela.application.festival.query.EventTally;
import org.kalamela.application.festival.query.OfficialEventsOverviewReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.shared.id.DistrictId;

/** The events of an edition with one district's counts, computed from the other fakes. */
public final class InMemoryOfficialEventsOverviewReader implements OfficialEventsOverviewReader {

    private final InMemoryFestivalEventRepository events;
    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;

    public InMemoryOfficialEventsOverviewReader(InMemoryFestivalEventRepository events,
                                                InMemoryIndividualEntryRepository entries,
                                                InMemoryTeamRepository teams) {
        this.events = events;
        this.entries = entries;
        this.teams = teams;
    }

    @Override
    public List<EventTally> tallies(EditionYear edition, DistrictId district) {
        List<IndividualEntry> all = entries.all();
        return events.findByEdition(edition).stream()
                .map(event -> new EventTally(event,
                        count(all, event.id().value(), district, Seniority.JUNIOR),
                        count(all, event.id().value(), district, Seniority.SENIOR),
                        teams.countForDistrict(event.id(), district)))
                .toList();
    }

    private static int count(List<IndividualEntry> all, long event, DistrictId district, Seniority seniority) {
        return (int) all.stream()
                .filter(entry -> entry.eventId().value() == event && entry.districtId().equals(district)
                        && entry.seniority() == seniority)
                .count();
    }
}
