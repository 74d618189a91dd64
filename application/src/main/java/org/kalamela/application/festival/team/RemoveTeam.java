package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.entry.EntryRemovalPolicy;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.festival.team.TeamScores;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * A district official removes one of their teams while registration is open and the team is not scored.
 * Its number is never drawn again, so its printed code names no other team.
 */
@UseCase
public class RemoveTeam {

    private final CurrentEdition editions;
    private final TeamLookup lookup;
    private final TeamRepository teams;
    private final TeamScores scores;
    private final Clock clock;

    @Inject
    public RemoveTeam(CurrentEdition editions, TeamLookup lookup, TeamRepository teams, TeamScores scores,
                      Clock clock) {
        this.editions = editions;
        this.lookup = lookup;
        this.teams = teams;
        this.scores = scores;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for a team missing or of another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code REGISTRATION_CLOSED}, {@code ENTRY_HAS_SCORES}
     */
    @Transactional
    public void execute(TeamId teamId, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Edition edition = editions.require();
        Team team = lookup.requireOfDistrict(teamId, actor.districtId(), edition.year());
        new EntryRemovalPolicy(edition.registrationWindow()).check(scores.hasScores(team.id()), clock.instant());
        teams.delete(team.id());
    }
}
