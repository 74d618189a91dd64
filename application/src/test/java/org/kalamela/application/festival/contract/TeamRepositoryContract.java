package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.NewTeam;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** What every {@link TeamRepository} does; a subclass gives each test an empty store. */
public abstract class TeamRepositoryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final Instant AT = Instant.parse("2025-11-15T10:00:00Z");

    protected abstract TeamRepository repository();

    protected abstract FestivalContractFixtures fixtures();

    private FestivalEvent groupSong;
    private FestivalEvent skit;
    private DistrictId kottayam;
    private UnitId ascension;
    private UnitId bethel;
    private MemberId a1;
    private MemberId a2;
    private MemberId a3;
    private MemberId b1;
    private MemberId b2;

    @BeforeEach
    void given() {
        groupSong = fixtures().givenEvent(YEAR, "Group Song", EventKind.GROUP);
        skit = fixtures().givenEvent(YEAR, "Skit", EventKind.GROUP);
        kottayam = fixtures().givenDistrict("Kottayam");
        ascension = fixtures().givenUnit(kottayam, "Ascension");
        bethel = fixtures().givenUnit(kottayam, "Bethel");
        a1 = fixtures().givenMember(ascension, "A1");
        a2 = fixtures().givenMember(ascension, "A2");
        a3 = fixtures().givenMember(ascension, "A3");
        b1 = fixtures().givenMember(bethel, "B1");
        b2 = fixtures().givenMember(bethel, "B2");
    }

    private NewTeam team(FestivalEvent event, int number, UnitId unit, MemberId... members) {
        return new NewTeam(new TeamCode(event.shortCode(), number), event.id(), kottayam, unit, Set.of(members),
                AccountId.of(7), AT);
    }

    @Test
    void a_created_team_gets_a_new_id_and_is_found_with_its_members() {
        TeamId first = repository().create(team(groupSong, 1, ascension, a1, a2));
        TeamId second = repository().create(team(groupSong, 2, bethel, b1, b2));

        assertThat(first).isNotEqualTo(second);
        assertThat(repository().findById(first)).contains(team(groupSong, 1, ascension, a1, a2).withId(first));
        assertThat(repository().findById(second).map(Team::members)).contains(Set.of(b1, b2));
    }

    @Test
    void a_team_number_is_unique_within_its_event() {
        repository().create(team(groupSong, 1, ascension, a1, a2));

        assertViolation(() -> repository().create(team(groupSong, 1, bethel, b1, b2)), "TEAM_CODE_TAKEN");
        assertThat(repository().numberTaken(groupSong.id(), 1)).isTrue();
        assertThat(repository().numberTaken(groupSong.id(), 2)).isFalse();
        assertThat(repository().numberTaken(skit.id(), 1)).isFalse();
        assertThat(repository().create(team(skit, 1, bethel, b1, b2))).isNotNull();
    }

    @Test
    void a_member_is_in_one_team_per_event() {
        TeamId first = repository().create(team(groupSong, 1, ascension, a1, a2));
        TeamId other = repository().create(team(groupSong, 2, bethel, b1));

        assertViolation(() -> repository().create(team(groupSong, 3, ascension, a2, a3)), "ALREADY_IN_TEAM");
        assertViolation(() -> repository().addMembers(other, Set.of(a1)), "ALREADY_IN_TEAM");
        assertThat(repository().alreadyInTeams(groupSong.id(), Set.of(a1, a3, b1))).containsExactlyInAnyOrder(a1, b1);
        assertThat(repository().alreadyInTeams(skit.id(), Set.of(a1))).isEmpty();
        assertThat(repository().create(team(skit, 1, ascension, a1, a2))).isNotEqualTo(first);
    }

    @Test
    void members_are_added_and_removed() {
        TeamId id = repository().create(team(groupSong, 1, ascension, a1, a2));

        repository().addMembers(id, Set.of(a3));
        assertThat(repository().findById(id).map(Team::members)).contains(Set.of(a1, a2, a3));

        repository().removeMembers(id, Set.of(a1, b1));
        assertThat(repository().findById(id).map(Team::members)).contains(Set.of(a2, a3));
        assertThat(repository().alreadyInTeams(groupSong.id(), Set.of(a1))).isEmpty();
    }

    @Test
    void a_code_changes_to_a_free_number_only() {
        TeamId first = repository().create(team(groupSong, 1, ascension, a1));
        repository().create(team(groupSong, 2, bethel, b1));

        repository().changeCode(first, new TeamCode(groupSong.shortCode(), 7));
        assertThat(repository().findById(first).map(Team::code)).contains(new TeamCode(groupSong.shortCode(), 7));
        assertThat(repository().numberTaken(groupSong.id(), 1)).isFalse();
        assertThat(repository().numberTaken(groupSong.id(), 7)).isTrue();

        assertViolation(() -> repository().changeCode(first, new TeamCode(groupSong.shortCode(), 2)),
                "TEAM_CODE_TAKEN");
    }

    @Test
    void teams_are_counted_per_district_and_unit() {
        repository().create(team(groupSong, 1, ascension, a1));
        repository().create(team(groupSong, 2, ascension, a2));
        repository().create(team(groupSong, 3, bethel, b1));
        repository().create(team(skit, 1, bethel, b2));

        assertThat(repository().countForDistrict(groupSong.id(), kottayam)).isEqualTo(3);
        assertThat(repository().countForUnit(groupSong.id(), ascension)).isEqualTo(2);
        assertThat(repository().countForUnit(skit.id(), ascension)).isZero();
        assertThat(repository().existsForEvent(skit.id())).isTrue();
    }

    @Test
    void a_deleted_team_is_gone_with_its_members() {
        TeamId id = repository().create(team(groupSong, 1, ascension, a1, a2));

        repository().delete(id);
        repository().delete(id);

        assertThat(repository().findById(id)).isEmpty();
        assertThat(repository().existsForEvent(groupSong.id())).isFalse();
        assertThat(repository().alreadyInTeams(groupSong.id(), Set.of(a1, a2))).isEmpty();
        assertThat(repository().countForDistrict(groupSong.id(), kottayam)).isZero();
    }

    private static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
