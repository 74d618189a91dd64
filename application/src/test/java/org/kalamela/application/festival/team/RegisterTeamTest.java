package org.kalamela.application.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.TOO_OLD_DOB;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;
import static org.kalamela.application.festival.fakes.RecordingParticipationLocks.districtTeams;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.TestRules;
import org.kalamela.application.festival.exclusion.ExcludeMember;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

class RegisterTeamTest {

    private final FestivalWorld world = new FestivalWorld();
    /** Group Song of the real edition: 3 to 8 members, one team per unit. */
    private final FestivalEvent song = world.groupEvent("Group Song", 3, 8, 1);

    private Team team(UnitId unit, List<MemberId> members) {
        return world.team(world.official, song, unit, members);
    }

    @Test
    void a_team_is_coded_by_the_events_short_code_and_its_number() {
        Team first = team(world.unit, world.juniors(world.unit, 3));
        Team second = team(world.secondUnit, world.juniors(world.secondUnit, 3));

        assertThat(first.code()).hasToString("GS-1");
        assertThat(second.code()).hasToString("GS-2");
        assertThat(world.fakes.teams.findById(first.id())).contains(first);
        assertThat(first.districtId()).isEqualTo(world.district);
    }

    @Test
    void the_districts_teams_are_locked_before_they_are_counted() {
        world.fakes.locks.clear();

        team(world.unit, world.juniors(world.unit, 3));

        assertThat(world.fakes.locks.taken()).containsExactly(districtTeams(YEAR, world.district, song.id()));
    }

    @ParameterizedTest(name = "{0} members: {1}")
    @CsvSource({"2, false", "3, true", "8, true", "9, false"})
    void a_team_has_a_size_within_the_events_range(int size, boolean allowed) {
        List<MemberId> members = world.juniors(world.unit, size);
        if (allowed) {
            assertThat(team(world.unit, members).size()).isEqualTo(size);
        } else {
            assertViolation(() -> team(world.unit, members), "TEAM_SIZE_OUT_OF_RANGE");
            assertThat(world.fakes.teams.all()).isEmpty();
        }
    }

    @Test
    void a_district_has_at_most_two_teams_and_a_unit_its_teams_per_unit() {
        FestivalWorld roomy = new FestivalWorld(TestRules.withLimits(2, 5, 2));
        FestivalEvent skit = roomy.groupEvent("Skit", 1, 3, 1);
        roomy.team(roomy.official, skit, roomy.unit, roomy.juniors(roomy.unit, 1));

        assertViolation(() -> roomy.team(roomy.official, skit, roomy.unit, roomy.juniors(roomy.unit, 1)),
                "UNIT_TEAM_LIMIT");
        roomy.team(roomy.official, skit, roomy.secondUnit, roomy.juniors(roomy.secondUnit, 1));
        UnitId third = roomy.fakes.registry.addUnit(roomy.district, "Calvary");
        assertViolation(() -> roomy.team(roomy.official, skit, third, roomy.juniors(third, 1)),
                "DISTRICT_TEAM_LIMIT");
        assertThat(roomy.team(roomy.otherOfficial, skit, roomy.otherDistrictUnit,
                roomy.juniors(roomy.otherDistrictUnit, 1)).code()).hasToString("S-3");
    }

    @Test
    void a_member_is_in_one_team_per_event() {
        FestivalEvent octet = world.groupEvent("Octet", 3, 8, 2);
        List<MemberId> members = world.juniors(world.unit, 3);
        world.team(world.official, octet, world.unit, members);
        List<MemberId> again = new ArrayList<>(world.juniors(world.unit, 2));
        again.add(members.get(0));

        assertViolation(() -> world.team(world.official, octet, world.unit, again), "ALREADY_IN_TEAM");
        assertThat(team(world.unit, members).members()).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void a_team_is_one_units_members() {
        List<MemberId> mixed = new ArrayList<>(world.juniors(world.unit, 2));
        mixed.addAll(world.juniors(world.secondUnit, 1));
        assertViolation(() -> team(world.unit, mixed), "TEAM_MIXED_UNITS");

        List<MemberId> ofSecondUnit = world.juniors(world.secondUnit, 3);
        assertViolation(() -> team(world.unit, ofSecondUnit), "TEAM_MIXED_UNITS");
        assertThat(world.fakes.teams.all()).isEmpty();
    }

    @Test
    void another_districts_member_or_unit_and_unknown_members_are_not_found() {
        List<MemberId> withStranger = new ArrayList<>(world.juniors(world.unit, 2));
        withStranger.add(world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB));
        assertNotFound(() -> team(world.unit, withStranger));

        List<MemberId> withUnknown = new ArrayList<>(world.juniors(world.unit, 2));
        withUnknown.add(MemberId.of(999));
        assertNotFound(() -> team(world.unit, withUnknown));

        assertNotFound(() -> team(world.otherDistrictUnit, world.juniors(world.otherDistrictUnit, 3)));
        assertNotFound(() -> team(UnitId.of(999), world.juniors(world.unit, 3)));
    }

    @Test
    void members_meet_the_events_restrictions_and_are_not_excluded() {
        List<MemberId> withExcluded = world.juniors(world.unit, 3);
        world.excludeMember.execute(new ExcludeMember.Command(withExcluded.get(1), "Misconduct"), world.admin);
        assertViolation(() -> team(world.unit, withExcluded), "MEMBER_EXCLUDED");

        List<MemberId> withTooOld = new ArrayList<>(world.juniors(world.unit, 2));
        withTooOld.add(world.member(world.unit, Gender.F, TOO_OLD_DOB));
        assertViolation(() -> team(world.unit, withTooOld), "NOT_ELIGIBLE");

        List<MemberId> mixedAges = new ArrayList<>(world.juniors(world.unit, 2));
        mixedAges.add(world.member(world.unit, Gender.F, SENIOR_DOB));
        assertThat(team(world.unit, mixedAges).size()).isEqualTo(3);
    }

    @Test
    void every_other_refusal_has_its_code() {
        FestivalEvent solo = world.individualEvent("Solo");
        assertViolation(() -> world.team(world.official, solo, world.unit, world.juniors(world.unit, 3)),
                "EVENT_KIND_MISMATCH");

        MemberId twice = world.junior();
        assertInvalidFields(() -> team(world.unit, List.of(twice, twice, world.junior())), "memberIds");
        assertInvalidFields(() -> team(world.unit, List.of()), "memberIds");
        assertInvalidFields(() -> world.registerTeam.execute(new RegisterTeam.Command(null, null, null),
                world.official), "eventId", "unitId", "memberIds");

        world.closeRegistration();
        assertViolation(() -> team(world.unit, world.juniors(world.unit, 3)), "REGISTRATION_CLOSED");
    }

    @Test
    void a_removed_teams_number_is_never_given_again() {
        Team first = team(world.unit, world.juniors(world.unit, 3));
        world.removeTeam.execute(first.id(), world.official);

        assertThat(team(world.unit, world.juniors(world.unit, 3)).code()).hasToString("GS-2");
    }

    @Test
    void only_a_district_official_registers_teams() {
        assertForbidden(() -> world.team(world.admin, song, world.unit, world.juniors(world.unit, 3)));
    }
}
