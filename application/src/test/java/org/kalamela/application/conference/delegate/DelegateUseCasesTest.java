package org.kalamela.application.conference.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.ConferenceTestbed;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.conference.EditConference;
import org.kalamela.application.conference.fakes.RecordingDelegateLocks;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

class DelegateUseCasesTest {

    private final ConferenceTestbed bed = new ConferenceTestbed();
    private ConferenceId conference;
    private DistrictId adoor;
    private DistrictId kollam;
    private UnitId bethel;
    private Actor adoorOfficial;
    private Actor kollamOfficial;

    @BeforeEach
    void given() {
        conference = ConferenceId.of(bed.createConference.execute(new CreateConference.Command("Youth Conference",
                null, null, null), bed.admin).id());
        adoor = bed.district("Adoor", 1, 2);
        kollam = bed.district("Kollam", 1, 2);
        bethel = bed.unit(adoor, "Bethel");
        adoorOfficial = bed.officialOf(adoor);
        kollamOfficial = bed.officialOf(kollam);
    }

    private DelegateView add(MemberId member, Actor official) {
        return bed.addMemberDelegate.execute(new AddMemberDelegate.Command(conference, member, FoodPreference.VEG,
                true), official);
    }

    private static String code(Throwable e) {
        return ((RuleViolation) e).code();
    }

    @Test
    void an_official_adds_a_member_of_their_district_with_food_and_accommodation_under_the_lock() {
        MemberId anu = bed.member(bethel, "Anu", Gender.F);

        DelegateView added = add(anu, adoorOfficial);

        assertThat(added).isEqualTo(new DelegateView(added.id(), conference.value(), adoor.value(), anu.value(),
                "Anu", Gender.F, DelegateKind.MEMBER, FoodPreference.VEG, true, bed.identity.clock.instant()));
        assertThat(bed.fakes.locks.taken()).containsExactly(RecordingDelegateLocks.scope(conference, adoor));
        assertThat(bed.identity.audit.last("CONFERENCE_DELEGATE_ADDED").details()).containsEntry("kind", "MEMBER");
    }

    @Test
    void the_member_limit_is_the_districts_and_an_edit_of_it_applies_at_once() {
        add(bed.member(bethel, "Anu", Gender.F), adoorOfficial);
        add(bed.member(bethel, "Binu", Gender.M), adoorOfficial);
        MemberId chacko = bed.member(bethel, "Chacko", Gender.M);

        assertThatThrownBy(() -> add(chacko, adoorOfficial)).satisfies(e -> assertThat(code(e))
                .isEqualTo("CONFERENCE_MEMBER_LIMIT"));
        bed.fakes.districts.update(bed.fakes.districts.findById(adoor).orElseThrow()
                .withConferenceLimits(new ConferenceLimits(1, 3)));
        assertThat(add(chacko, adoorOfficial).memberId()).isEqualTo(chacko.value());
    }

    @Test
    void a_member_is_added_once_and_a_member_of_another_district_is_not_found() {
        MemberId anu = bed.member(bethel, "Anu", Gender.F);
        add(anu, adoorOfficial);

        assertThatThrownBy(() -> add(anu, adoorOfficial)).satisfies(e -> assertThat(code(e))
                .isEqualTo("ALREADY_DELEGATE"));
        assertThatThrownBy(() -> add(anu, kollamOfficial)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> add(MemberId.of(424242), adoorOfficial)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.addMemberDelegate.execute(new AddMemberDelegate.Command(ConferenceId.of(77),
                anu, FoodPreference.VEG, true), adoorOfficial)).isInstanceOf(NotFound.class);
    }

    @Test
    void food_and_accommodation_are_required_and_only_officials_add() {
        MemberId anu = bed.member(bethel, "Anu", Gender.F);

        assertThatThrownBy(() -> bed.addMemberDelegate.execute(new AddMemberDelegate.Command(conference, anu, null,
                null), adoorOfficial)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> add(anu, bed.admin)).isInstanceOf(Forbidden.class);
        assertThat(bed.fakes.delegates.existsForConference(conference)).isFalse();
    }

    @Test
    void an_inactive_conference_takes_no_delegates_and_no_changes() {
        MemberId anu = bed.member(bethel, "Anu", Gender.F);
        DelegateView added = add(anu, adoorOfficial);
        bed.editConference.execute(new EditConference.Command(conference, null, null, false, null, false), bed.admin);

        assertThatThrownBy(() -> add(bed.member(bethel, "Binu", Gender.M), adoorOfficial))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CONFERENCE_INACTIVE"));
        assertThatThrownBy(() -> bed.removeMemberDelegate.execute(conference, DelegateId.of(added.id()),
                adoorOfficial)).satisfies(e -> assertThat(code(e)).isEqualTo("CONFERENCE_INACTIVE"));
        assertThatThrownBy(() -> bed.changeDelegateNeeds.execute(new ChangeDelegateNeeds.Command(conference,
                DelegateId.of(added.id()), null, FoodPreference.NON_VEG, null), adoorOfficial))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CONFERENCE_INACTIVE"));
    }

    @Test
    void another_districts_delegate_is_not_found_for_any_verb() {
        DelegateView added = add(bed.member(bethel, "Anu", Gender.F), adoorOfficial);
        DelegateId id = DelegateId.of(added.id());

        assertThatThrownBy(() -> bed.showDelegate.execute(conference, id, null, kollamOfficial))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.removeMemberDelegate.execute(conference, id, kollamOfficial))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.changeDelegateNeeds.execute(new ChangeDelegateNeeds.Command(conference, id, null,
                FoodPreference.NON_VEG, null), kollamOfficial)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.showDelegate.execute(conference, id, DelegateKind.OFFICIAL, bed.admin))
                .isInstanceOf(NotFound.class);
        assertThat(bed.showDelegate.execute(conference, id, null, bed.admin)).isEqualTo(added);
    }

    @Test
    void needs_change_and_a_member_delegate_is_removed_freeing_the_place() {
        MemberId anu = bed.member(bethel, "Anu", Gender.F);
        DelegateId id = DelegateId.of(add(anu, adoorOfficial).id());

        DelegateView changed = bed.changeDelegateNeeds.execute(new ChangeDelegateNeeds.Command(conference, id, null,
                FoodPreference.NON_VEG, null), adoorOfficial);
        assertThat(changed.foodPreference()).isEqualTo(FoodPreference.NON_VEG);
        assertThat(changed.accommodation()).isTrue();
        assertThat(bed.identity.audit.last("CONFERENCE_DELEGATE_EDITED").details())
                .containsEntry("food", "VEG -> NON_VEG");

        bed.removeMemberDelegate.execute(conference, id, adoorOfficial);
        assertThat(bed.fakes.delegates.findById(id)).isEmpty();
        assertThat(add(anu, adoorOfficial).memberId()).isEqualTo(anu.value());
    }

    @Test
    void the_official_sees_the_conference_with_limits_delegates_and_places_left() {
        add(bed.member(bethel, "Anu", Gender.F), adoorOfficial);

        ConferenceOverview overview = bed.showConference.execute(conference, null, adoorOfficial);

        DistrictPlaces places = overview.district();
        assertThat(overview.conference().title()).isEqualTo("Youth Conference");
        assertThat(places.districtName()).isEqualTo("Adoor");
        assertThat(places.limits()).isEqualTo(new DelegateLimits(1, 2));
        assertThat(places.members()).isEqualTo(1);
        assertThat(places.remainingMembers()).isEqualTo(1);
        assertThat(places.remainingOfficials()).isEqualTo(1);
        assertThat(places.delegates()).extracting(DelegateRow::name).containsExactly("Anu");
        assertThat(bed.showConference.execute(conference, null, bed.admin).district()).isNull();
        assertThat(bed.showConference.execute(conference, adoor, bed.admin).district()).isEqualTo(places);
        assertThatThrownBy(() -> bed.showConference.execute(conference, kollam, adoorOfficial))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_list_is_the_officials_own_district_and_any_for_the_admin() {
        add(bed.member(bethel, "Anu", Gender.F), adoorOfficial);
        add(bed.member(bed.unit(kollam, "Ascension"), "Zacharia", Gender.M), kollamOfficial);
        PageRequest page = new PageRequest(0, 10);

        assertThat(bed.listDelegates.execute(conference, DelegateFilter.all(), page, adoorOfficial).items())
                .extracting(DelegateRow::name).containsExactly("Anu");
        assertThat(bed.listDelegates.execute(conference, DelegateFilter.all(), page, bed.admin).items())
                .extracting(DelegateRow::name).containsExactly("Anu", "Zacharia");
        assertThat(bed.listDelegates.execute(conference, new DelegateFilter(kollam, null), page, bed.admin).items())
                .extracting(DelegateRow::name).containsExactly("Zacharia");
        assertThatThrownBy(() -> bed.listDelegates.execute(conference, new DelegateFilter(kollam, null), page,
                adoorOfficial)).isInstanceOf(NotFound.class);
    }
}
