package org.kalamela.domain.festival.team;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.Eligibility;
import org.kalamela.domain.festival.eligibility.MemberEntries;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The rules of group entries: a team is one unit's eligible members, its size within the event's range,
 * each member in one team of the event at most, and the district and the unit under their team limits.
 * Members of another district are not found, as everywhere an official meets another district's data.
 */
public final class TeamRules {

    private final Edition edition;
    private final Eligibility eligibility;

    public TeamRules(Edition edition) {
        this.edition = edition;
        this.eligibility = new Eligibility(edition);
    }

    /** Checks a new team of {@code unit} with its full member list. */
    public void checkNewTeam(FestivalEvent event, DistrictId actingDistrict, UnitId unit, List<Candidate> members,
                             TeamCounts counts, Instant now) {
        TeamFormat format = requireOpenGroupEvent(event, now);
        requireDistinct(members);
        requireSize(event, members.size());
        requireOneUnit(event, members, actingDistrict, members.get(0).unitId());
        for (Candidate member : members) {
            requireEligible(event, actingDistrict, member, counts.membersInTeams(), now);
        }
        int districtLimit = edition.rules().maxTeamsPerDistrictPerEvent();
        if (counts.districtTeams() >= districtLimit) {
            throw new RuleViolation(ErrorCode.DISTRICT_TEAM_LIMIT,
                    "The district already has " + districtLimit + " teams in " + event.name());
        }
        if (counts.unitTeams() >= format.teamsPerUnit()) {
            throw new RuleViolation(ErrorCode.UNIT_TEAM_LIMIT,
                    "The unit already has " + format.teamsPerUnit() + " team(s) in " + event.name());
        }
        // Checked last, as when the use case checked it after the rules: a request with several faults gets
        // the same first refusal as before.
        if (!members.get(0).unitId().equals(unit)) {
            throw new RuleViolation(ErrorCode.TEAM_MIXED_UNITS,
                    "The members of a team of " + event.name() + " come from its unit " + unit);
        }
    }

    /** Checks members joining an existing team; {@code membersInTeams} are all members of the event's teams. */
    public void checkAddMembers(FestivalEvent event, Team team, List<Candidate> added,
                                Set<MemberId> membersInTeams, Instant now) {
        requireTeamOf(event, team);
        requireOpenGroupEvent(event, now);
        requireDistinct(added);
        requireSize(event, team.size() + added.size());
        requireOneUnit(event, added, team.districtId(), team.unitId());
        for (Candidate member : added) {
            requireEligible(event, team.districtId(), member, membersInTeams, now);
        }
    }

    /** Checks members leaving a team; the team stays at or above the event's minimum size. */
    public void checkRemoveMembers(FestivalEvent event, Team team, Set<MemberId> removed, Instant now) {
        requireTeamOf(event, team);
        requireOpenGroupEvent(event, now);
        if (removed.isEmpty()) {
            throw InvalidInput.field("memberIds", "must name at least one member");
        }
        for (MemberId member : removed) {
            if (!team.members().contains(member)) {
                throw new NotFound(ErrorCode.TEAM_MEMBER_NOT_FOUND, "Member " + member + " is not in team " + team.code());
            }
        }
        requireSize(event, team.size() - removed.size());
    }

    private TeamFormat requireOpenGroupEvent(FestivalEvent event, Instant now) {
        if (!event.isGroup()) {
            throw new RuleViolation(ErrorCode.EVENT_KIND_MISMATCH, event.name() + " is an individual event");
        }
        if (!edition.registrationWindow().isOpen(now)) {
            throw new RuleViolation(ErrorCode.REGISTRATION_CLOSED, "The registration window of the edition is closed");
        }
        if (!event.active()) {
            throw new RuleViolation(ErrorCode.EVENT_INACTIVE, event.name() + " is not active");
        }
        return event.requireTeamFormat();
    }

    private static void requireTeamOf(FestivalEvent event, Team team) {
        if (!team.eventId().equals(event.id())) {
            throw new IllegalArgumentException("team " + team.code() + " is not a team of " + event.name());
        }
    }

    private static void requireDistinct(List<Candidate> members) {
        Set<MemberId> seen = new HashSet<>();
        for (Candidate member : members) {
            if (!seen.add(member.memberId())) {
                throw InvalidInput.field("memberIds", "lists member " + member.memberId() + " twice");
            }
        }
    }

    private static void requireSize(FestivalEvent event, int size) {
        TeamFormat format = event.requireTeamFormat();
        if (!format.allowsSize(size)) {
            throw new RuleViolation(ErrorCode.TEAM_SIZE_OUT_OF_RANGE, "A team of " + event.name() + " has "
                    + format.minMembers() + " to " + format.maxMembers() + " members, not " + size);
        }
    }

    private static void requireOneUnit(FestivalEvent event, List<Candidate> members, DistrictId district,
                                       UnitId unit) {
        for (Candidate member : members) {
            if (!member.districtId().equals(district)) {
                throw new NotFound("Member", member.memberId());
            }
        }
        for (Candidate member : members) {
            if (!member.unitId().equals(unit)) {
                throw new RuleViolation(ErrorCode.TEAM_MIXED_UNITS,
                        "All members of a team of " + event.name() + " come from one unit");
            }
        }
    }

    private void requireEligible(FestivalEvent event, DistrictId district, Candidate member,
                                 Set<MemberId> membersInTeams, Instant now) {
        MemberEntries entries = new MemberEntries(membersInTeams.contains(member.memberId()), 0);
        eligibility.assess(member, event, district, entries, now).requireEligible(member.memberId(), event);
    }
}
