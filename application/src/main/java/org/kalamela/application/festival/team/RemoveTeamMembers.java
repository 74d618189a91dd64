package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.entry.EntryRemovalPolicy;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.festival.team.TeamRules;
import org.kalamela.domain.festival.team.TeamScores;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A district official removes members from one of their teams, down to the event's minimum size, while
 * registration is open and the team is not scored. Locked like {@link AddTeamMembers}.
 */
@UseCase
public class RemoveTeamMembers {

    private final CurrentEdition editions;
    private final TeamLookup lookup;
    private final EventLookup events;
    private final TeamRepository teams;
    private final TeamScores scores;
    private final ParticipationLocks locks;
    private final Clock clock;

    @Inject
    public RemoveTeamMembers(CurrentEdition editions, TeamLookup lookup, EventLookup events, TeamRepository teams,
                             TeamScores scores, ParticipationLocks locks, Clock clock) {
        this.editions = editions;
        this.lookup = lookup;
        this.events = events;
        this.teams = teams;
        this.scores = scores;
        this.locks = locks;
        this.clock = clock;
    }

    public record Command(TeamId teamId, Set<MemberId> memberIds) {

        public Command {
            memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
        }
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for a team of another district, or
     *         {@code TEAM_MEMBER_NOT_FOUND} for a member not in the team
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code REGISTRATION_CLOSED}, {@code ENTRY_HAS_SCORES},
     *         {@code EVENT_INACTIVE}, {@code TEAM_SIZE_OUT_OF_RANGE}
     */
    @Transactional
    public Team execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        new Validation().required(command.teamId(), "teamId").throwIfInvalid();
        Edition edition = editions.require();
        Team scope = lookup.requireOfDistrict(command.teamId(), actor.districtId(), edition.year());
        FestivalEvent event = events.require(scope.eventId(), edition.year());
        locks.lockDistrictTeams(edition.year(), scope.districtId(), event.id());
        Team team = lookup.requireOfDistrict(command.teamId(), actor.districtId(), edition.year());
        Instant now = clock.instant();
        new EntryRemovalPolicy(edition.registrationWindow()).check(scores.hasScores(team.id()), now);
        new TeamRules(edition).checkRemoveMembers(event, team, command.memberIds(), now);
        teams.removeMembers(team.id(), command.memberIds());
        return lookup.require(team.id(), edition.year());
    }
}
