package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.NewTeam;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamCounts;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.festival.team.TeamRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A district official registers a team of one of their units for a group event of the current edition,
 * with its full member list. The district's teams in the event are locked before they are counted, so the
 * limits per district and per unit and the one-team-per-member rule hold under concurrency; the team's
 * number comes from the event's counter and is never reused.
 */
@UseCase
public class RegisterTeam {

    private final CurrentEdition editions;
    private final EventLookup events;
    private final FestivalMemberDirectory members;
    private final TeamRepository teams;
    private final TeamNumbers numbers;
    private final ParticipationLocks locks;
    private final Clock clock;

    @Inject
    public RegisterTeam(CurrentEdition editions, EventLookup events, FestivalMemberDirectory members,
                        TeamRepository teams, TeamNumbers numbers, ParticipationLocks locks, Clock clock) {
        this.editions = editions;
        this.events = events;
        this.members = members;
        this.teams = teams;
        this.numbers = numbers;
        this.locks = locks;
        this.clock = clock;
    }

    public record Command(EventId eventId, UnitId unitId, List<MemberId> memberIds) {

        public Command {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }
    }

    /**
     * @throws NotFound for an event of another edition, or a unit or member missing or of another district
     * @throws RuleViolation {@code REGISTRATION_CLOSED}, {@code EVENT_INACTIVE}, {@code EVENT_KIND_MISMATCH},
     *         {@code TEAM_SIZE_OUT_OF_RANGE}, {@code TEAM_MIXED_UNITS}, {@code MEMBER_EXCLUDED},
     *         {@code NOT_ELIGIBLE}, {@code ALREADY_IN_TEAM}, {@code DISTRICT_TEAM_LIMIT},
     *         {@code UNIT_TEAM_LIMIT}
     */
    @Transactional
    public Team execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Validation errors = new Validation().required(command.eventId(), "eventId").required(command.unitId(), "unitId");
        if (command.memberIds().isEmpty()) {
            errors.add("memberIds", "must name at least one member");
        }
        errors.throwIfInvalid();
        DistrictId district = actor.districtId();
        Edition edition = editions.require();
        EditionYear year = edition.year();
        FestivalEvent event = events.require(command.eventId(), year);
        if (!members.districtOfUnit(command.unitId()).equals(Optional.of(district))) {
            throw new NotFound("Unit", command.unitId());
        }
        List<Candidate> candidates = candidates(year, command.memberIds(), district);
        Set<MemberId> memberIds = new LinkedHashSet<>(command.memberIds());
        locks.lockDistrictTeams(year, district, event.id());
        TeamCounts counts = new TeamCounts(teams.countForDistrict(event.id(), district),
                teams.countForUnit(event.id(), command.unitId()), teams.alreadyInTeams(event.id(), memberIds));
        Instant now = clock.instant();
        UnitId unit = command.unitId();
        new TeamRules(edition).checkNewTeam(event, district, unit, candidates, counts, now);
        TeamCode code = numbers.nextCode(year, event);
        NewTeam team = new NewTeam(code, event.id(), district, unit, memberIds, actor.accountId(), now);
        TeamId id = teams.create(team);
        return team.withId(id);
    }

    /** The members in the order given (a repeated id stays repeated, for the rules to report). */
    private List<Candidate> candidates(EditionYear year, List<MemberId> ids, DistrictId district) {
        Map<MemberId, FestivalMember> found = members.findAll(year, Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(FestivalMember::memberId, Function.identity()));
        return ids.stream()
                .map(id -> Optional.ofNullable(found.get(id))
                        .filter(member -> member.districtId().equals(district))
                        .orElseThrow(() -> new NotFound("Member", id))
                        .candidate())
                .toList();
    }
}
