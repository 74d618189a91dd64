package org.kalamela.application.festival.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Finds a team a use case acts on: a team of another district, or of an event of another edition, is not
 * found, so that an official learns nothing of other districts' teams.
 */
@ApplicationScoped
public class TeamLookup {

    private final TeamRepository teams;
    private final FestivalEventRepository events;

    @Inject
    public TeamLookup(TeamRepository teams, FestivalEventRepository events) {
        this.teams = teams;
        this.events = events;
    }

    /** A team of the edition, of any district (the admin's view). */
    public Team require(TeamId id, EditionYear edition) {
        return teams.findById(id)
                .filter(team -> events.findById(team.eventId())
                        .map(event -> event.edition().equals(edition))
                        .orElse(false))
                .orElseThrow(() -> new NotFound("Team", id));
    }

    /** A team of the edition and the district (an official's view). */
    public Team requireOfDistrict(TeamId id, DistrictId district, EditionYear edition) {
        Team team = require(id, edition);
        if (!team.districtId().equals(district)) {
            throw new NotFound("Team", id);
        }
        return team;
    }
}
