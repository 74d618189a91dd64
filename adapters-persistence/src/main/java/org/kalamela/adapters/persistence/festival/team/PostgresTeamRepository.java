package org.kalamela.adapters.persistence.festival.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
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
 * Teams in {@code teams} and their members in {@code team_members}. Team numbers and memberships are
 * checked before anything is written, so a refusal leaves the transaction usable; the unique keys
 * {@code teams_number_once} and {@code team_members_once_per_event} refuse what a concurrent write slips
 * past the check. The edition of a team is its event's, read from {@code festival_events}.
 */
@ApplicationScoped
public class PostgresTeamRepository implements TeamRepository {

    private final TeamPanacheRepository teams;
    private final TeamMemberPanacheRepository teamMembers;

    @Inject
    PostgresTeamRepository(TeamPanacheRepository teams, TeamMemberPanacheRepository teamMembers) {
        this.teams = teams;
        this.teamMembers = teamMembers;
    }

    @Override
    public TeamId create(NewTeam team) {
        if (numberTaken(team.eventId(), team.code().number())) {
            throw codeTaken(team.code());
        }
        requireNotInTeams(team.eventId(), team.members());
        TeamEntity entity = TeamMapper.toEntity(team, editionOf(team.eventId()));
        teams.persist(entity);
        SchemaConstraints.flush(em());
        persistMembers(entity, team.members());
        return TeamId.of(entity.id);
    }

    @Override
    public Optional<Team> findById(TeamId id) {
        return teams.findByIdOptional(id.value()).map(entity -> TeamMapper.toDomain(entity, membersOf(entity.id)));
    }

    @Override
    public void addMembers(TeamId team, Set<MemberId> members) {
        TeamEntity entity = teams.findByIdOptional(team.value())
                .orElseThrow(() -> new IllegalStateException("no team " + team));
        requireNotInTeams(EventId.of(entity.eventId), members);
        persistMembers(entity, members);
    }

    @Override
    public void removeMembers(TeamId team, Set<MemberId> members) {
        if (members.isEmpty()) {
            return;
        }
        teamMembers.list("teamId = ?1 and memberId in ?2", team.value(), ids(members)).forEach(teamMembers::delete);
        teamMembers.flush();
    }

    @Override
    public void changeCode(TeamId team, TeamCode code) {
        TeamEntity entity = teams.findByIdOptional(team.value())
                .orElseThrow(() -> new IllegalStateException("no team " + team));
        if (teams.count("eventId = ?1 and teamNumber = ?2 and id <> ?3", entity.eventId, code.number(),
                entity.id) > 0) {
            throw codeTaken(code);
        }
        TeamMapper.copy(code, entity);
        SchemaConstraints.flush(em());
    }

    /**
     * Deletes the member rows, then the team. The schema's cascade would delete the members too, but as
     * entities they must also leave this transaction's persistence context.
     */
    @Override
    public void delete(TeamId team) {
        teams.findByIdOptional(team.value()).ifPresent(entity -> {
            teamMembers.list("teamId", entity.id).forEach(teamMembers::delete);
            teams.delete(entity);
            teams.flush();
        });
    }

    @Override
    public int countForDistrict(EventId event, DistrictId district) {
        return (int) teams.count("eventId = ?1 and districtId = ?2", event.value(), district.value());
    }

    @Override
    public int countForUnit(EventId event, UnitId unit) {
        return (int) teams.count("eventId = ?1 and unitId = ?2", event.value(), unit.value());
    }

    @Override
    public Set<MemberId> alreadyInTeams(EventId event, Set<MemberId> members) {
        if (members.isEmpty()) {
            return Set.of();
        }
        return em().createQuery("select memberId from TeamMemberEntity where eventId = :event and memberId in :members",
                        Long.class)
                .setParameter("event", event.value())
                .setParameter("members", ids(members))
                .getResultList().stream()
                .map(MemberId::of)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean numberTaken(EventId event, int number) {
        return teams.count("eventId = ?1 and teamNumber = ?2", event.value(), number) > 0;
    }

    @Override
    public boolean existsForEvent(EventId event) {
        return teams.count("eventId", event.value()) > 0;
    }

    private void requireNotInTeams(EventId event, Set<MemberId> members) {
        Set<MemberId> inTeams = alreadyInTeams(event, members);
        if (!inTeams.isEmpty()) {
            throw new RuleViolation(ErrorCode.ALREADY_IN_TEAM, "Members " + inTeams.stream().map(MemberId::toString).sorted()
                    .collect(Collectors.joining(", ")) + " are already in a team of event " + event);
        }
    }

    private void persistMembers(TeamEntity team, Set<MemberId> members) {
        for (MemberId member : members) {
            teamMembers.persist(TeamMapper.toEntity(team, member));
        }
        SchemaConstraints.flush(em());
    }

    private Set<MemberId> membersOf(long team) {
        return new HashSet<>(em().createQuery("select memberId from TeamMemberEntity where teamId = :team", Long.class)
                .setParameter("team", team)
                .getResultList().stream()
                .map(MemberId::of)
                .toList());
    }

    private int editionOf(EventId event) {
        return ((Number) em().createNativeQuery("SELECT edition_year FROM festival_events WHERE id = ?1")
                .setParameter(1, event.value())
                .getSingleResult()).intValue();
    }

    private static RuleViolation codeTaken(TeamCode code) {
        return new RuleViolation(ErrorCode.TEAM_CODE_TAKEN, "Team code " + code + " is already given");
    }

    private static List<Long> ids(Set<MemberId> members) {
        return members.stream().map(MemberId::value).toList();
    }

    private EntityManager em() {
        return teams.getEntityManager();
    }
}
