package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.EntryListReader;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamListReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A district official's entries in the current edition grouped by event, in the order the events were
 * added: members with their chest numbers, teams with their codes and members. Only events with entries.
 */
@UseCase
public class ListDistrictEntries {

    private final CurrentEdition editions;
    private final EntryListReader entries;
    private final TeamListReader teams;

    @Inject
    public ListDistrictEntries(CurrentEdition editions, EntryListReader entries, TeamListReader teams) {
        this.editions = editions;
        this.entries = entries;
        this.teams = teams;
    }

    @Transactional
    public List<EventEntries> execute(Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        EditionYear edition = editions.require().year();
        DistrictId district = actor.districtId();
        return EventEntries.byEvent(entries.findAll(edition, IndividualEntryFilter.ofDistrict(district)),
                teams.findAll(edition, TeamFilter.ofDistrict(district)));
    }
}
