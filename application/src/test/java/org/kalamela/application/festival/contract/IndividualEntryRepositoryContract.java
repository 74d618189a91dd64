package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryCounts;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** What every {@link IndividualEntryRepository} does; a subclass gives each test an empty store. */
public abstract class IndividualEntryRepositoryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);
    private static final Instant AT = Instant.parse("2025-11-15T10:00:00Z");

    protected abstract IndividualEntryRepository repository();

    protected abstract FestivalContractFixtures fixtures();

    private FestivalEvent solo;
    private FestivalEvent poetry;
    private FestivalEvent nextYearSolo;
    private DistrictId kottayam;
    private DistrictId kollam;
    private MemberId anu;
    private MemberId binu;
    private MemberId cini;

    @BeforeEach
    void given() {
        solo = fixtures().givenEvent(YEAR, "Solo", EventKind.INDIVIDUAL);
        poetry = fixtures().givenEvent(YEAR, "Poetry", EventKind.INDIVIDUAL);
        nextYearSolo = fixtures().givenEvent(NEXT_YEAR, "Solo", EventKind.INDIVIDUAL);
        kottayam = fixtures().givenDistrict("Kottayam");
        kollam = fixtures().givenDistrict("Kollam");
        anu = fixtures().givenMember(fixtures().givenUnit(kottayam, "Ascension"), "Anu");
        binu = fixtures().givenMember(fixtures().givenUnit(kottayam, "Bethel"), "Binu");
        cini = fixtures().givenMember(fixtures().givenUnit(kollam, "Carmel"), "Cini");
    }

    private NewIndividualEntry entry(EditionYear year, FestivalEvent event, MemberId member, DistrictId district,
                                     Seniority seniority) {
        return new NewIndividualEntry(year, event.id(), member, district, seniority, AccountId.of(7), AT);
    }

    @Test
    void a_created_entry_gets_a_new_id_and_is_found_as_given() {
        NewIndividualEntry first = entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR);
        NewIndividualEntry second = entry(YEAR, solo, binu, kottayam, Seniority.SENIOR);

        IndividualEntryId firstId = repository().create(first);
        IndividualEntryId secondId = repository().create(second);

        assertThat(firstId).isNotEqualTo(secondId);
        assertThat(repository().findById(firstId)).contains(first.withId(firstId));
        assertThat(repository().findById(secondId)).contains(second.withId(secondId));
    }

    @Test
    void a_member_is_entered_in_an_event_once() {
        repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR));

        assertThatThrownBy(() -> repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("ALREADY_ENTERED"));
        assertThat(repository().exists(solo.id(), anu)).isTrue();
        assertThat(repository().exists(poetry.id(), anu)).isFalse();
    }

    @Test
    void the_district_count_is_per_event_and_seniority() {
        repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, solo, binu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, poetry, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, solo, cini, kollam, Seniority.JUNIOR));

        assertThat(repository().countForDistrict(YEAR, kottayam, solo.id(), Seniority.JUNIOR)).isEqualTo(2);
        assertThat(repository().countForDistrict(YEAR, kottayam, solo.id(), Seniority.SENIOR)).isZero();
        assertThat(repository().countForDistrict(YEAR, kottayam, poetry.id(), Seniority.JUNIOR)).isEqualTo(1);
        assertThat(repository().countForDistrict(YEAR, kollam, solo.id(), Seniority.JUNIOR)).isEqualTo(1);
    }

    @Test
    void the_member_count_spans_the_edition_and_only_it() {
        repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, poetry, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(NEXT_YEAR, nextYearSolo, anu, kottayam, Seniority.JUNIOR));

        assertThat(repository().countForMember(YEAR, anu)).isEqualTo(2);
        assertThat(repository().countForMember(NEXT_YEAR, anu)).isEqualTo(1);
        assertThat(repository().countForMember(YEAR, binu)).isZero();
    }

    @Test
    void the_counts_of_an_entry_attempt_are_the_three_counts_read_together() {
        repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, solo, binu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, poetry, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(NEXT_YEAR, nextYearSolo, anu, kottayam, Seniority.JUNIOR));
        repository().create(entry(YEAR, solo, cini, kollam, Seniority.SENIOR));

        assertThat(repository().countsFor(YEAR, kottayam, solo.id(), Optional.of(Seniority.JUNIOR), anu))
                .isEqualTo(new IndividualEntryCounts(2, 2, true));
        assertThat(repository().countsFor(YEAR, kottayam, poetry.id(), Optional.of(Seniority.JUNIOR), binu))
                .isEqualTo(new IndividualEntryCounts(1, 1, false));
        assertThat(repository().countsFor(YEAR, kottayam, solo.id(), Optional.of(Seniority.SENIOR), cini))
                .isEqualTo(new IndividualEntryCounts(0, 1, true));
        assertThat(repository().countsFor(YEAR, kollam, solo.id(), Optional.empty(), binu))
                .isEqualTo(new IndividualEntryCounts(0, 1, true));
        assertThat(repository().countsFor(NEXT_YEAR, kottayam, nextYearSolo.id(), Optional.of(Seniority.JUNIOR), binu))
                .isEqualTo(new IndividualEntryCounts(1, 0, false));
    }

    @Test
    void a_refused_second_entry_leaves_the_store_usable() {
        repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR));
        assertThatThrownBy(() -> repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR)))
                .isInstanceOf(RuleViolation.class);

        IndividualEntryId next = repository().create(entry(YEAR, poetry, anu, kottayam, Seniority.JUNIOR));

        assertThat(repository().findById(next)).isPresent();
        assertThat(repository().countForMember(YEAR, anu)).isEqualTo(2);
    }

    @Test
    void a_deleted_entry_is_gone_and_frees_its_place() {
        IndividualEntryId id = repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR));
        assertThat(repository().existsForEvent(solo.id())).isTrue();

        repository().delete(id);
        repository().delete(id);

        assertThat(repository().findById(id)).isEmpty();
        assertThat(repository().existsForEvent(solo.id())).isFalse();
        assertThat(repository().countForDistrict(YEAR, kottayam, solo.id(), Seniority.JUNIOR)).isZero();
        assertThat(repository().create(entry(YEAR, solo, anu, kottayam, Seniority.JUNIOR))).isNotEqualTo(id);
    }
}
