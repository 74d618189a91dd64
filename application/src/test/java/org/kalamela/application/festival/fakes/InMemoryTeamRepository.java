package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.NewTeam;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The teams in memory, with the unique keys the database has: {@code (event, team number)} and
 * {@code (event, member)} over the team members.
 */
public final class InMemoryTeamRepository implements TeamRepository {

    private final Map<TeamId, Team> teams = new TreeMap<>(Comparator.comparingLong(TeamId::value));
    private long lastId;

    @Override
    public synchronized TeamId create(NewTeam team) {
        requireNumberFree(team.eventId(), team.code(), null);
        requireNotInTeams(team.eventId(), team.members());
        TeamId id = TeamId.of(++lastId);
        teams.put(id, team.withId(id));
        return id;
    }

    @Override
    public synchronized Optional<Team> findById(TeamId id) {
        return Optional.ofNullable(teams.get(id));
    }

    @Override
    public synchronized void addMembers(TeamId id, Set<MemberId> members) {
        Team team = require(id);
        requireNotInTeams(team.eventId(), members);
        Set<MemberId> all = new HashSet<>(team.members());
        all.addAll(members);
        teams.put(id, with(team, team.code(), all));
    }

    @Override
    public synchronized void removeMembers(TeamId id, Set<MemberId> members) {
        Team team = require(id);
        Set<MemberId> remaining = new HashSet<>(team.members());
        remaining.removeAll(members);
        teams.put(id, with(team, team.code(), remaining));
    }

    @Override
    public synchronized void changeCode(TeamId id, TeamCode code) {
        Team team = require(id);
        requireNumberFree(team.eventId(), code, id);
        teams.put(id, with(team, code, team.members()));
    }

    @Override
    public synchronized void delete(TeamId id) {
        teams.remove(id);
    }

    @Override
    public synchronized int countForDistrict(EventId event, DistrictId district) {
        return (int) ofEvent(event).stream().filter(team -> team.districtId().equals(district)).count();
    }

    @Override
    public synchronized int countForUnit(EventId event, UnitId unit) {
        return (int) ofEvent(event).stream().filter(team -> team.unitId().equals(unit)).count();
    }

    @Override
    public synchronized Set<MemberId> alreadyInTeams(EventId event, Set<MemberId> members) {
        return ofEvent(event).stream()
                .flatMap(team -> team.members().stream())
                .filter(members::contains)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized boolean numberTaken(EventId event, int number) {
        return ofEvent(event).stream().anyMatch(team -> team.code().number() == number);
    }

    @Override
    public synchronized boolean existsForEvent(EventId event) {
        return !ofEvent(event).isEmpty();
    }

    /** Every stored team, in id order: for the other fakes and for tests checking invariants. */
    public synchronized List<Team> all() {
        return List.copyOf(teams.values());
    }

    private List<Team> ofEvent(EventId event) {
        return teams.values().stream().filter(team -> team.eventId().equals(event)).toList();
    }

    private Team require(TeamId id) {
        Team team = teams.get(id);
        if (team == null) {
            throw new IllegalStateException("no team " + id);
        }
        return team;
    }

    private void requireNumberFree(EventId event, TeamCode code, TeamId self) {
        boolean taken = ofEvent(event).stream()
                .anyMatch(team -> team.code().number() == code.number() && !team.id().equals(self));
        if (taken) {
            throw new RuleViolation(ErrorCode.TEAM_CODE_TAKEN, "Team code " + code + " is already given");
        }
    }

    private void requireNotInTeams(EventId event, Set<MemberId> members) {
        Set<MemberId> already = alreadyInTeams(event, members);
        if (!already.isEmpty()) {
            throw new RuleViolation(ErrorCode.ALREADY_IN_TEAM, "Members " + already + " are already in a team of the event");
        }
    }

    private static Team with(Team team, TeamCode code, Set<MemberId> members) {
        return new Team(team.id(), code, team.eventId(), team.districtId(), team.unitId(), members);
    }
}
