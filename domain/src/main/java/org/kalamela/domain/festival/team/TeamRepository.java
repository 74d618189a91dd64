package org.kalamela.domain.festival.team;

import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Outbound port: the teams of group events and their members.
 *
 * <p>Counts and membership decide the limits, so a use case reads them only after taking
 * {@link org.kalamela.domain.festival.entry.ParticipationLocks#lockDistrictTeams} in the same transaction.
 * The store adds what a lock cannot: a unique key on {@code (event, team number)} (with the event's short
 * code, unique in the edition, this makes team codes unique in the edition), a unique key on
 * {@code (event, member)} over the team members (a member is in one team per event), and foreign keys to
 * the event, unit and members. When a unique key refuses a write the adapter throws the
 * {@link org.kalamela.domain.shared.error.RuleViolation} named below.
 */
public interface TeamRepository {

    /**
     * Stores a team with its members and returns its id (positive, never reused).
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code TEAM_CODE_TAKEN} or {@code ALREADY_IN_TEAM}
     */
    TeamId create(NewTeam team);

    Optional<Team> findById(TeamId id);

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code ALREADY_IN_TEAM} */
    void addMembers(TeamId team, Set<MemberId> members);

    /** Removes the members from the team; members not in it are ignored. */
    void removeMembers(TeamId team, Set<MemberId> members);

    /**
     * Changes the team's code (the admin's correction).
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code TEAM_CODE_TAKEN}
     */
    void changeCode(TeamId team, TeamCode code);

    /** Deletes the team and its member list; its number is never drawn again. A missing team is ignored. */
    void delete(TeamId team);

    /** Teams of the district in the event. */
    int countForDistrict(EventId event, DistrictId district);

    /** Teams of the unit in the event. */
    int countForUnit(EventId event, UnitId unit);

    /** Those of {@code members} who are in some team of the event (of any district). */
    Set<MemberId> alreadyInTeams(EventId event, Set<MemberId> members);

    /** Whether a team of the event has that number, under its current code. */
    boolean numberTaken(EventId event, int number);

    /** Whether the event has any team (it then keeps its kind and short code and cannot be deleted). */
    boolean existsForEvent(EventId event);
}
