package org.kalamela.domain.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.AFTER_CLOSE;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_UNIT;
import static org.kalamela.domain.festival.FestivalFixtures.TOO_OLD_DOB;
import static org.kalamela.domain.festival.FestivalFixtures.UNIT;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.festival.FestivalFixtures.assertNotFound;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.FestivalFixtures.edition;
import static org.kalamela.domain.festival.FestivalFixtures.excluded;
import static org.kalamela.domain.festival.FestivalFixtures.groupEvent;
import static org.kalamela.domain.festival.FestivalFixtures.inUnit;
import static org.kalamela.domain.festival.FestivalFixtures.junior;
import static org.kalamela.domain.festival.FestivalFixtures.member;
import static org.kalamela.domain.festival.FestivalFixtures.openIndividualEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class TeamRulesTest {

    /** Group Song of the real edition: 3 to 8 members, one team per unit. */
    private final FestivalEvent groupSong = groupEvent(38, 3, 8, 1);
    private final TeamRules rules = new TeamRules(edition());
    private final TeamCounts none = new TeamCounts(0, 0, Set.of());

    @ParameterizedTest(name = "{0} members: {1}")
    @CsvSource({"2, false", "3, true", "8, true", "9, false"})
    void a_new_team_has_a_size_within_the_event_range(int size, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, juniors(1, size), none, NOW))
                    .doesNotThrowAnyException();
        } else {
            assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, juniors(1, size), none, NOW),
                    "TEAM_SIZE_OUT_OF_RANGE");
        }
    }

    @Test
    void all_members_come_from_one_unit() {
        List<Candidate> mixed = List.of(junior(1), junior(2), inUnit(junior(3), DISTRICT, OTHER_UNIT));
        assertThatThrownBy(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, mixed, none, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("TEAM_MIXED_UNITS"))
                .hasMessage("All members of a team of " + groupSong.name() + " come from one unit");
    }

    @Test
    void the_members_come_from_the_unit_the_team_is_registered_for() {
        List<Candidate> ofOtherUnit = List.of(inUnit(junior(1), DISTRICT, OTHER_UNIT),
                inUnit(junior(2), DISTRICT, OTHER_UNIT), inUnit(junior(3), DISTRICT, OTHER_UNIT));
        assertThatCode(() -> rules.checkNewTeam(groupSong, DISTRICT, OTHER_UNIT, ofOtherUnit, none, NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, ofOtherUnit, none, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("TEAM_MIXED_UNITS"))
                .hasMessage("The members of a team of " + groupSong.name() + " come from its unit " + UNIT);
        assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, OTHER_UNIT, juniors(1, 3), none, NOW),
                "TEAM_MIXED_UNITS");
    }

    @Test
    void a_member_of_another_district_is_not_found() {
        List<Candidate> members = List.of(junior(1), junior(2), inUnit(junior(3), OTHER_DISTRICT, OTHER_UNIT));
        assertNotFound(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, members, none, NOW));
    }

    @Test
    void the_second_team_of_a_district_is_taken_and_the_third_refused() {
        FestivalEvent twoPerUnit = groupEvent(38, 3, 8, 3);
        assertThatCode(() -> rules.checkNewTeam(twoPerUnit, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(1, 1, Set.of()), NOW)).doesNotThrowAnyException();
        assertViolation(() -> rules.checkNewTeam(twoPerUnit, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(2, 0, Set.of()), NOW), "DISTRICT_TEAM_LIMIT");
    }

    @Test
    void a_unit_has_at_most_the_events_teams_per_unit() {
        assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(1, 1, Set.of()), NOW), "UNIT_TEAM_LIMIT");
        FestivalEvent twoPerUnit = groupEvent(38, 3, 8, 2);
        assertThatCode(() -> rules.checkNewTeam(twoPerUnit, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(1, 1, Set.of()), NOW)).doesNotThrowAnyException();
        assertViolation(() -> rules.checkNewTeam(twoPerUnit, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(1, 2, Set.of()), NOW), "UNIT_TEAM_LIMIT");
    }

    @Test
    void the_team_limit_per_district_comes_from_the_edition_rules() {
        TeamRules threePerDistrict = new TeamRules(edition(FestivalFixtures.withLimits(2, 5, 3)));
        assertThatCode(() -> threePerDistrict.checkNewTeam(groupSong, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(2, 0, Set.of()), NOW)).doesNotThrowAnyException();
    }

    @Test
    void a_member_is_in_one_team_per_event() {
        assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, juniors(1, 3),
                new TeamCounts(1, 0, Set.of(MemberId.of(2))), NOW), "ALREADY_IN_TEAM");
    }

    @Test
    void a_member_listed_twice_is_invalid_input() {
        assertInvalidField(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, List.of(junior(1), junior(2), junior(1)),
                none, NOW), "memberIds");
    }

    @Test
    void members_meet_the_event_restrictions_and_are_not_excluded() {
        FestivalEvent girlsOnly = new FestivalEvent(EventId.of(50), YEAR, "Group Dance Girls", EventKind.GROUP,
                EventCategory.STAGE_EVENTS, Optional.of(Gender.F), Optional.of(Seniority.JUNIOR), false, true,
                new ShortCode("GDG"), Optional.of(TeamFormat.of(3, 8)));
        List<Candidate> girls = List.of(member(1, Gender.F, FestivalFixtures.JUNIOR_DOB),
                member(2, Gender.F, FestivalFixtures.JUNIOR_DOB), member(3, Gender.F, FestivalFixtures.JUNIOR_DOB));
        assertThatCode(() -> rules.checkNewTeam(girlsOnly, DISTRICT, UNIT, girls, none, NOW))
                .doesNotThrowAnyException();
        List<Candidate> withBoy = List.of(girls.get(0), girls.get(1), junior(4));
        assertViolation(() -> rules.checkNewTeam(girlsOnly, DISTRICT, UNIT, withBoy, none, NOW), "NOT_ELIGIBLE");
        List<Candidate> withSenior = List.of(girls.get(0), girls.get(1),
                member(5, Gender.F, FestivalFixtures.SENIOR_DOB));
        assertViolation(() -> rules.checkNewTeam(girlsOnly, DISTRICT, UNIT, withSenior, none, NOW), "NOT_ELIGIBLE");
        List<Candidate> withOld = List.of(junior(1), junior(2), member(6, Gender.M, TOO_OLD_DOB));
        assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, withOld, none, NOW), "NOT_ELIGIBLE");
        List<Candidate> withExcluded = List.of(junior(1), junior(2), excluded(junior(3)));
        assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, withExcluded, none, NOW),
                "MEMBER_EXCLUDED");
    }

    @Test
    void no_team_is_registered_after_registration_closes_or_for_an_individual_event() {
        assertViolation(() -> rules.checkNewTeam(groupSong, DISTRICT, UNIT, juniors(1, 3), none, AFTER_CLOSE),
                "REGISTRATION_CLOSED");
        assertViolation(() -> rules.checkNewTeam(openIndividualEvent(1), DISTRICT, UNIT, juniors(1, 3), none, NOW),
                "EVENT_KIND_MISMATCH");
        FestivalEvent inactive = new FestivalEvent(groupSong.id(), YEAR, groupSong.name(), EventKind.GROUP,
                groupSong.category(), Optional.empty(), Optional.empty(), true, false, groupSong.shortCode(),
                groupSong.teamFormat());
        assertViolation(() -> rules.checkNewTeam(inactive, DISTRICT, UNIT, juniors(1, 3), none, NOW),
                "EVENT_INACTIVE");
    }

    @ParameterizedTest(name = "{0} members plus {1}: {2}")
    @CsvSource({"7, 1, true", "7, 2, false", "3, 5, true", "8, 1, false"})
    void members_are_added_up_to_the_maximum(int current, int added, boolean allowed) {
        Team team = team(current);
        List<Candidate> newcomers = juniors(100, added);
        Set<MemberId> inTeams = team.members();
        if (allowed) {
            assertThatCode(() -> rules.checkAddMembers(groupSong, team, newcomers, inTeams, NOW))
                    .doesNotThrowAnyException();
        } else {
            assertViolation(() -> rules.checkAddMembers(groupSong, team, newcomers, inTeams, NOW),
                    "TEAM_SIZE_OUT_OF_RANGE");
        }
    }

    @Test
    void an_added_member_is_of_the_teams_unit_and_in_no_team_of_the_event() {
        Team team = team(3);
        assertViolation(() -> rules.checkAddMembers(groupSong, team, List.of(inUnit(junior(100), DISTRICT, OTHER_UNIT)),
                team.members(), NOW), "TEAM_MIXED_UNITS");
        assertNotFound(() -> rules.checkAddMembers(groupSong, team,
                List.of(inUnit(junior(100), OTHER_DISTRICT, OTHER_UNIT)), team.members(), NOW));
        assertViolation(() -> rules.checkAddMembers(groupSong, team, List.of(junior(1)), team.members(), NOW),
                "ALREADY_IN_TEAM");
        assertViolation(() -> rules.checkAddMembers(groupSong, team, List.of(junior(100)), Set.of(MemberId.of(100)),
                NOW), "ALREADY_IN_TEAM");
        assertViolation(() -> rules.checkAddMembers(groupSong, team, List.of(excluded(junior(100))), team.members(),
                NOW), "MEMBER_EXCLUDED");
        assertViolation(() -> rules.checkAddMembers(groupSong, team, List.of(junior(100)), team.members(),
                AFTER_CLOSE), "REGISTRATION_CLOSED");
    }

    @ParameterizedTest(name = "{0} members minus {1}: {2}")
    @CsvSource({"4, 1, true", "4, 2, false", "8, 5, true", "3, 1, false"})
    void members_are_removed_down_to_the_minimum(int current, int removed, boolean allowed) {
        Team team = team(current);
        Set<MemberId> leaving = LongStream.rangeClosed(1, removed).mapToObj(MemberId::of).collect(Collectors.toSet());
        if (allowed) {
            assertThatCode(() -> rules.checkRemoveMembers(groupSong, team, leaving, NOW)).doesNotThrowAnyException();
        } else {
            assertViolation(() -> rules.checkRemoveMembers(groupSong, team, leaving, NOW), "TEAM_SIZE_OUT_OF_RANGE");
        }
    }

    @Test
    void only_members_of_the_team_are_removed_and_only_while_registration_is_open() {
        Team team = team(5);
        assertNotFound(() -> rules.checkRemoveMembers(groupSong, team, Set.of(MemberId.of(99)), NOW));
        assertInvalidField(() -> rules.checkRemoveMembers(groupSong, team, Set.of(), NOW), "memberIds");
        assertViolation(() -> rules.checkRemoveMembers(groupSong, team, Set.of(MemberId.of(1)), AFTER_CLOSE),
                "REGISTRATION_CLOSED");
    }

    @Test
    void a_team_of_another_event_is_a_programming_error() {
        Team team = team(5);
        FestivalEvent other = groupEvent(39, 3, 8, 1);
        assertThatThrownBy(() -> rules.checkRemoveMembers(other, team, Set.of(MemberId.of(1)), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Team team(int size) {
        Set<MemberId> members = LongStream.rangeClosed(1, size).mapToObj(MemberId::of).collect(Collectors.toSet());
        return new Team(TeamId.of(1), new TeamCode(groupSong.shortCode(), 1), groupSong.id(), DISTRICT, UNIT,
                members);
    }

    private static List<Candidate> juniors(long firstId, int count) {
        return LongStream.range(firstId, firstId + count).mapToObj(FestivalFixtures::junior).toList();
    }
}
