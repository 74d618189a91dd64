package org.kalamela.application.festival.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.TOO_OLD_DOB;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.exclusion.ExcludeMember;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.IneligibilityReason;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

class ListEligibleMembersTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent boys = world.individualEvent("Light Music Boys", Gender.M, null);

    private EligibleMembers list(EventId event, UnitId unit, boolean explain) {
        return world.listEligibleMembers.execute(new ListEligibleMembers.Query(event, unit, explain), world.official);
    }

    @Test
    void the_district_members_who_may_be_entered_come_with_their_seniority() {
        MemberId anu = world.member(world.unit, "Anu", Gender.M, JUNIOR_DOB);
        MemberId biju = world.member(world.secondUnit, "Biju", Gender.M, SENIOR_DOB);
        world.member(world.otherDistrictUnit, "Cyril", Gender.M, JUNIOR_DOB);
        world.member(world.unit, "Daisy", Gender.F, JUNIOR_DOB);

        EligibleMembers result = list(boys.id(), null, false);

        assertThat(result.eligible()).extracting(CandidateRow::memberId).containsExactly(anu, biju);
        assertThat(result.eligible()).extracting(CandidateRow::seniority)
                .containsExactly(Optional.of(Seniority.JUNIOR), Optional.of(Seniority.SENIOR));
        assertThat(result.eligible().get(0).unitName()).isEqualTo("Ascension");
        assertThat(result.leftOut()).isEmpty();
    }

    @Test
    void a_unit_filter_narrows_the_list_and_another_districts_unit_is_not_found() {
        world.member(world.unit, "Anu", Gender.M, JUNIOR_DOB);
        MemberId biju = world.member(world.secondUnit, "Biju", Gender.M, SENIOR_DOB);

        assertThat(list(boys.id(), world.secondUnit, false).eligible()).extracting(CandidateRow::memberId)
                .containsExactly(biju);
        assertNotFound(() -> list(boys.id(), world.otherDistrictUnit, false));
        assertNotFound(() -> list(boys.id(), UnitId.of(999), false));
        assertNotFound(() -> list(EventId.of(999), null, false));
    }

    @Test
    void with_explain_the_members_left_out_come_with_every_reason() {
        MemberId entered = world.member(world.unit, "Anu", Gender.M, JUNIOR_DOB);
        world.enter(world.official, entered, boys);
        MemberId excludedGirl = world.member(world.unit, "Bina", Gender.F, JUNIOR_DOB);
        world.excludeMember.execute(new ExcludeMember.Command(excludedGirl, "Misconduct"), world.admin);
        MemberId tooOld = world.member(world.unit, "Chacko", Gender.M, TOO_OLD_DOB);
        MemberId busy = world.member(world.unit, "Dennis", Gender.M, SENIOR_DOB);
        IntStream.rangeClosed(1, 5).forEach(i -> world.enter(world.official, busy, world.individualEvent("E" + i)));
        MemberId free = world.member(world.unit, "Eapen", Gender.M, SENIOR_DOB);

        EligibleMembers result = list(boys.id(), null, true);

        assertThat(result.eligible()).extracting(CandidateRow::memberId).containsExactly(free);
        assertThat(result.leftOut()).extracting(CandidateRow::memberId)
                .containsExactly(entered, excludedGirl, tooOld, busy);
        assertThat(result.leftOut()).extracting(CandidateRow::reasons).containsExactly(
                List.of(IneligibilityReason.ALREADY_ENTERED),
                List.of(IneligibilityReason.EXCLUDED, IneligibilityReason.WRONG_GENDER),
                List.of(IneligibilityReason.NOT_IN_AGE_RANGE),
                List.of(IneligibilityReason.MEMBER_EVENT_LIMIT));
        assertThat(result.leftOut().get(2).seniority()).isEmpty();
    }

    @Test
    void in_a_group_event_a_member_of_a_team_is_left_out() {
        FestivalEvent song = world.groupEvent("Group Song", 2, 4, 1);
        List<MemberId> team = world.juniors(world.unit, 2);
        world.team(world.official, song, world.unit, team);
        MemberId free = world.junior();

        EligibleMembers result = list(song.id(), world.unit, true);

        assertThat(result.eligible()).extracting(CandidateRow::memberId).containsExactly(free);
        assertThat(result.leftOut()).allSatisfy(row ->
                assertThat(row.reasons()).containsExactly(IneligibilityReason.ALREADY_ENTERED));
    }

    @Test
    void after_registration_closes_nobody_is_eligible() {
        world.junior();
        world.closeRegistration();

        EligibleMembers result = list(boys.id(), null, true);

        assertThat(result.eligible()).isEmpty();
        assertThat(result.leftOut()).singleElement().satisfies(row ->
                assertThat(row.reasons()).containsExactly(IneligibilityReason.REGISTRATION_CLOSED));
    }

    @Test
    void only_a_district_official_lists_eligible_members() {
        assertForbidden(() -> world.listEligibleMembers.execute(new ListEligibleMembers.Query(boys.id(), null, true),
                world.admin));
    }
}
