package org.kalamela.application.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;
import static org.kalamela.application.festival.fakes.RecordingParticipationLocks.districtTeams;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** Members join and leave a team within the size range; a team is removed while nothing is scored. */
class TeamChangesTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent quartet = world.groupEvent("Quartet", 3, 4, 1);
    private final List<MemberId> members = world.juniors(world.unit, 3);
    private final Team team = world.team(world.official, quartet, world.unit, members);

    private Team add(MemberId... added) {
        return world.addTeamMembers.execute(new AddTeamMembers.Command(team.id(), List.of(added)), world.official);
    }

    private Team remove(MemberId... removed) {
        return world.removeTeamMembers.execute(new RemoveTeamMembers.Command(team.id(), Set.of(removed)),
                world.official);
    }

    @Test
    void a_member_joins_up_to_the_maximum_size() {
        world.fakes.locks.clear();
        MemberId fourth = world.junior();

        assertThat(add(fourth).members()).hasSize(4).contains(fourth);
        assertThat(world.fakes.locks.taken()).containsExactly(districtTeams(YEAR, world.district, quartet.id()));
        assertViolation(() -> add(world.junior()), "TEAM_SIZE_OUT_OF_RANGE");
    }

    @Test
    void a_joining_member_is_of_the_teams_unit_and_in_no_other_team_of_the_event() {
        assertViolation(() -> add(world.member(world.secondUnit, Gender.M, JUNIOR_DOB)), "TEAM_MIXED_UNITS");
        assertViolation(() -> add(members.get(0)), "ALREADY_IN_TEAM");
        assertNotFound(() -> add(world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB)));
    }

    @Test
    void a_member_leaves_down_to_the_minimum_size() {
        add(world.junior());

        assertThat(remove(members.get(0)).members()).hasSize(3).doesNotContain(members.get(0));
        assertViolation(() -> remove(members.get(1)), "TEAM_SIZE_OUT_OF_RANGE");
        assertNotFound(() -> remove(world.junior()), "TEAM_MEMBER_NOT_FOUND");
    }

    @Test
    void a_scored_team_keeps_its_members_and_stays() {
        add(world.junior());
        world.fakes.scores.score(team.id());

        assertViolation(() -> remove(members.get(0)), "ENTRY_HAS_SCORES");
        assertViolation(() -> world.removeTeam.execute(team.id(), world.official), "ENTRY_HAS_SCORES");
        assertThat(world.fakes.teams.findById(team.id())).isPresent();
    }

    @Test
    void after_registration_closes_teams_do_not_change() {
        MemberId fourth = world.junior();
        world.closeRegistration();

        assertViolation(() -> add(fourth), "REGISTRATION_CLOSED");
        assertViolation(() -> remove(members.get(0)), "REGISTRATION_CLOSED");
        assertViolation(() -> world.removeTeam.execute(team.id(), world.official), "REGISTRATION_CLOSED");
    }

    @Test
    void a_team_is_removed_with_its_members_who_may_then_join_another() {
        world.removeTeam.execute(team.id(), world.official);

        assertThat(world.fakes.teams.findById(team.id())).isEmpty();
        assertThat(world.team(world.official, quartet, world.unit, members).code()).hasToString("Q-2");
    }

    @Test
    void another_districts_official_does_not_find_the_team() {
        assertNotFound(() -> world.addTeamMembers.execute(new AddTeamMembers.Command(team.id(),
                List.of(world.junior())), world.otherOfficial));
        assertNotFound(() -> world.removeTeamMembers.execute(new RemoveTeamMembers.Command(team.id(),
                Set.of(members.get(0))), world.otherOfficial));
        assertNotFound(() -> world.removeTeam.execute(team.id(), world.otherOfficial));
        assertForbidden(() -> world.removeTeam.execute(team.id(), world.admin));
        assertThat(world.fakes.teams.findById(team.id()).orElseThrow().members()).hasSize(3);
    }
}
