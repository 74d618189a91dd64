package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/**
 * A district official reads one of their district's teams in the current edition with its code and members
 * (the Location of the team's registration). A team of another district or edition is not found.
 */
@UseCase
public class ShowDistrictTeam {

    private final CurrentEdition editions;
    private final TeamLookup lookup;

    @Inject
    public ShowDistrictTeam(CurrentEdition editions, TeamLookup lookup) {
        this.editions = editions;
        this.lookup = lookup;
    }

    /** @throws NotFound for a team missing, of another district or of another edition */
    @Transactional
    public Team execute(TeamId teamId, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        return lookup.requireOfDistrict(teamId, actor.districtId(), editions.require().year());
    }
}
