package org.kalamela.application.conference.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.conference.delegate.NewDelegate;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.Money;

/**
 * What every {@link DelegateRepository} does, with the read ports over the same store (the list, the tallies,
 * the member directory); a subclass gives each test an empty store.
 */
public abstract class DelegateRepositoryContract {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");
    private static final DelegateNeeds VEG_BED = new DelegateNeeds(FoodPreference.VEG, true);
    private static final DelegateNeeds NON_VEG = new DelegateNeeds(FoodPreference.NON_VEG, false);

    protected abstract DelegateRepository repository();

    protected abstract ConferenceRepository conferences();

    protected abstract DelegateListReader listReader();

    protected abstract DistrictTallyReader tallies();

    protected abstract ConferenceMemberDirectory directory();

    protected abstract ConferenceContractFixture fixture();

    private Conference conference;
    private Conference other;
    private DistrictId adoor;
    private DistrictId kollam;
    private MemberId anu;
    private MemberId binu;
    private MemberId chacko;
    private MemberId zacharia;
    private AccountId official;
    private AccountId admin;

    @BeforeEach
    void given() {
        // The fixture first: a PostgreSQL runner begins its transaction with the first row it writes.
        adoor = fixture().givenDistrict("Adoor (contract)", 5, 25);
        kollam = fixture().givenDistrict("Kollam (contract)", 3, 20);
        UnitId bethel = fixture().givenUnit(adoor, "Bethel");
        anu = fixture().givenMember(bethel, "Anu", Gender.F);
        binu = fixture().givenMember(bethel, "Binu", Gender.M);
        chacko = fixture().givenMember(bethel, "Chacko", Gender.M);
        zacharia = fixture().givenMember(fixture().givenUnit(kollam, "Ascension"), "Zacharia", Gender.M);
        official = fixture().givenAccount();
        admin = fixture().givenAccount();
        conference = conferences().create(new ConferenceDetails("Youth Conference", null, Money.of(300)), true, AT);
        other = conferences().create(new ConferenceDetails("Past", null, Money.of(300)), false, AT);
    }

    private NewDelegate member(MemberId member, DistrictId district, DelegateNeeds needs) {
        return new NewDelegate(conference.id(), district, member, DelegateKind.MEMBER, needs, null, official, AT);
    }

    private NewDelegate appointed(MemberId member, DistrictId district) {
        return new NewDelegate(conference.id(), district, member, DelegateKind.OFFICIAL, NON_VEG, official, admin, AT);
    }

    @Test
    void an_added_delegate_is_found_by_id_and_counted_by_kind() {
        Delegate added = repository().add(member(anu, adoor, VEG_BED));
        Delegate official = repository().add(appointed(binu, adoor));

        assertThat(repository().findById(added.id())).contains(member(anu, adoor, VEG_BED).withId(added.id()));
        assertThat(repository().findById(official.id())).contains(appointed(binu, adoor).withId(official.id()));
        assertThat(repository().count(conference.id(), adoor, DelegateKind.MEMBER)).isEqualTo(1);
        assertThat(repository().count(conference.id(), adoor, DelegateKind.OFFICIAL)).isEqualTo(1);
        assertThat(repository().count(conference.id(), kollam, DelegateKind.MEMBER)).isZero();
        assertThat(repository().count(other.id(), adoor, DelegateKind.MEMBER)).isZero();
        assertThat(repository().findByDistrict(conference.id(), adoor)).extracting(Delegate::id)
                .containsExactly(official.id(), added.id());
    }

    @Test
    void a_member_is_a_delegate_once_per_conference_whatever_the_kind() {
        repository().add(member(anu, adoor, VEG_BED));

        assertThat(repository().isDelegate(conference.id(), anu)).isTrue();
        assertThat(repository().isDelegate(other.id(), anu)).isFalse();
        assertThatThrownBy(() -> repository().add(appointed(anu, adoor))).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.code()).isEqualTo("ALREADY_DELEGATE"));
        assertThat(repository().add(new NewDelegate(other.id(), adoor, anu, DelegateKind.MEMBER, VEG_BED, null,
                official, AT))).isNotNull();
    }

    @Test
    void needs_change_and_a_removed_delegate_is_gone() {
        Delegate added = repository().add(member(anu, adoor, VEG_BED));

        repository().updateNeeds(added.id(), NON_VEG);
        assertThat(repository().findById(added.id()).orElseThrow().needs()).isEqualTo(NON_VEG);
        assertThat(repository().existsForConference(conference.id())).isTrue();
        assertThat(repository().existsForConference(other.id())).isFalse();

        repository().delete(added.id());
        repository().delete(added.id());
        assertThat(repository().findById(added.id())).isEmpty();
        assertThat(repository().existsForConference(conference.id())).isFalse();
    }

    @Test
    void the_directory_finds_a_member_with_the_district_of_their_unit() {
        assertThat(directory().find(zacharia)).contains(new ConferenceMember(zacharia, kollam, "Zacharia", Gender.M));
        assertThat(directory().find(MemberId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void the_list_orders_by_district_officials_first_then_name_filters_and_pages() {
        Delegate chackoRow = repository().add(member(chacko, adoor, VEG_BED));
        Delegate anuRow = repository().add(member(anu, adoor, NON_VEG));
        Delegate binuRow = repository().add(appointed(binu, adoor));
        Delegate zachariaRow = repository().add(member(zacharia, kollam, VEG_BED));

        Page<DelegateRow> first = listReader().list(conference.id(), DelegateFilter.all(), new PageRequest(0, 3));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).extracting(DelegateRow::id).containsExactly(binuRow.id(), anuRow.id(),
                chackoRow.id());
        assertThat(listReader().list(conference.id(), DelegateFilter.all(), new PageRequest(1, 3)).items())
                .extracting(DelegateRow::id).containsExactly(zachariaRow.id());
        assertThat(first.items().get(1)).isEqualTo(new DelegateRow(anuRow.id(), anu, "Anu", Gender.F, "Bethel", adoor,
                "Adoor (contract)", DelegateKind.MEMBER, FoodPreference.NON_VEG, false, AT));
        assertThat(listReader().list(conference.id(), new DelegateFilter(adoor, DelegateKind.MEMBER),
                new PageRequest(0, 10)).items()).extracting(DelegateRow::id).containsExactly(anuRow.id(),
                chackoRow.id());
        assertThat(listReader().list(other.id(), DelegateFilter.all(), new PageRequest(0, 10)).total()).isZero();

        List<DelegateRow> streamed = new ArrayList<>();
        listReader().all(conference.id(), new DelegateFilter(kollam, null)).forEach(streamed::add);
        assertThat(streamed).extracting(DelegateRow::id).containsExactly(zachariaRow.id());
    }

    @Test
    void the_tallies_count_each_district_by_kind_gender_food_and_accommodation() {
        repository().add(member(chacko, adoor, VEG_BED));
        repository().add(member(anu, adoor, NON_VEG));
        repository().add(appointed(binu, adoor));

        DistrictTally adoorTally = tallies().tally(conference.id(), adoor).orElseThrow();
        assertThat(adoorTally).isEqualTo(new DistrictTally(adoor, "Adoor (contract)", new DelegateLimits(5, 25),
                1, 2, 2, 1, 1, 2, 1));
        assertThat(tallies().tally(conference.id(), kollam)).contains(new DistrictTally(kollam, "Kollam (contract)",
                new DelegateLimits(3, 20), 0, 0, 0, 0, 0, 0, 0));
        assertThat(tallies().tally(other.id(), adoor).orElseThrow().delegates()).isZero();
        assertThat(tallies().tally(conference.id(), DistrictId.of(Long.MAX_VALUE))).isEmpty();
        assertThat(tallies().tallies(conference.id())).filteredOn(t -> t.districtId().equals(adoor)
                || t.districtId().equals(kollam)).containsExactly(adoorTally,
                tallies().tally(conference.id(), kollam).orElseThrow());
    }
}
