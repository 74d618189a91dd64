package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.festival.team.TeamRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A district official adds members of the team's unit to one of their teams, up to the event's maximum
 * size. The district's teams in the event are locked first, then the team is read again, so two additions
 * at once cannot together pass the maximum.
 */
@UseCase
public class AddTeamMembers {

    private final CurrentEdition editions;
    private final TeamLookup lookup;
    private final EventLookup events;
    private final FestivalMemberDirectory members;
    private final TeamRepository teams;
    private final ParticipationLocks locks;
    private final Clock clock;

    @Inject
    public AddTeamMembers(CurrentEdition editions, TeamLookup lookup, EventLookup events,
                          FestivalMemberDirectory members, TeamRepository teams, ParticipationLocks locks,
                          Clock clock) {
        this.editions = editions;
        this.lookup = lookup;
        this.events = events;
        this.members = members;
        this.teams = teams;
        this.locks = locks;
        this.clock = clock;
    }

    public record Command(TeamId teamId, List<MemberId> memberIds) {

        public Command {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }
    }

    /**
     * @throws NotFound for a team or member missing or of another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code REGISTRATION_CLOSED}, {@code EVENT_INACTIVE},
     *         {@code TEAM_SIZE_OUT_OF_RANGE}, {@code TEAM_MIXED_UNITS}, {@code MEMBER_EXCLUDED},
     *         {@code NOT_ELIGIBLE}, {@code ALREADY_IN_TEAM}
     */
    @Transactional
    public Team execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Validation errors = new Validation().required(command.teamId(), "teamId");
        if (command.memberIds().isEmpty()) {
            errors.add("memberIds", "must name at least one member");
        }
        errors.throwIfInvalid();
        Edition edition = editions.require();
        Team scope = lookup.requireOfDistrict(command.teamId(), actor.districtId(), edition.year());
        FestivalEvent event = events.require(scope.eventId(), edition.year());
        locks.lockDistrictTeams(edition.year(), scope.districtId(), event.id());
        Team team = lookup.requireOfDistrict(command.teamId(), actor.districtId(), edition.year());
        List<Candidate> added = candidates(edition, command.memberIds(), team);
        Set<MemberId> addedIds = new LinkedHashSet<>(command.memberIds());
        new TeamRules(edition).checkAddMembers(event, team, added, teams.alreadyInTeams(event.id(), addedIds),
                clock.instant());
        teams.addMembers(team.id(), addedIds);
        return lookup.require(team.id(), edition.year());
    }

    private List<Candidate> candidates(Edition edition, List<MemberId> ids, Team team) {
        Map<MemberId, FestivalMember> found = members.findAll(edition.year(), Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(FestivalMember::memberId, Function.identity()));
        return ids.stream()
                .map(id -> Optional.ofNullable(found.get(id))
                        .filter(member -> member.districtId().equals(team.districtId()))
                        .orElseThrow(() -> new NotFound("Member", id))
                        .candidate())
                .toList();
    }
}
