package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.chest.UnnumberedParticipant;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** What every {@link ChestNumberRegistry} does; a subclass gives each test an empty store. */
public abstract class ChestNumberRegistryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);

    protected abstract ChestNumberRegistry registry();

    protected abstract FestivalContractFixtures fixtures();

    private DistrictId kottayam;
    private DistrictId kollam;
    private UnitId bethel;
    private UnitId ascension;
    private MemberId anu;
    private MemberId binu;

    @BeforeEach
    void given() {
        fixtures().givenEdition(YEAR);
        fixtures().givenEdition(NEXT_YEAR);
        kottayam = fixtures().givenDistrict("Kottayam");
        kollam = fixtures().givenDistrict("Kollam");
        bethel = fixtures().givenUnit(kottayam, "Bethel");
        ascension = fixtures().givenUnit(kottayam, "Ascension");
        anu = fixtures().givenMember(bethel, "Anu");
        binu = fixtures().givenMember(bethel, "Binu");
    }

    @Test
    void an_issued_number_is_the_members_current_one() {
        registry().issue(YEAR, anu, ChestNumber.of(1001));

        assertThat(registry().find(YEAR, anu)).contains(ChestNumber.of(1001));
        assertThat(registry().find(NEXT_YEAR, anu)).isEmpty();
        assertThat(registry().find(YEAR, binu)).isEmpty();
        assertThat(registry().issuedTo(YEAR, ChestNumber.of(1001))).contains(anu);
        assertThat(registry().issuedTo(YEAR, ChestNumber.of(1002))).isEmpty();
        assertThat(registry().issuedTo(NEXT_YEAR, ChestNumber.of(1001))).isEmpty();
    }

    @Test
    void a_number_is_issued_once_per_edition_and_a_member_holds_one() {
        registry().issue(YEAR, anu, ChestNumber.of(1001));

        assertViolation(() -> registry().issue(YEAR, binu, ChestNumber.of(1001)), "CHEST_NUMBER_TAKEN");
        assertViolation(() -> registry().issue(YEAR, anu, ChestNumber.of(1002)), "MEMBER_ALREADY_NUMBERED");
        registry().issue(NEXT_YEAR, binu, ChestNumber.of(1001));
        assertThat(registry().issuedTo(NEXT_YEAR, ChestNumber.of(1001))).contains(binu);
    }

    @Test
    void a_number_issued_if_free_is_refused_quietly_when_taken_and_loudly_when_the_member_has_one() {
        assertThat(registry().issueIfFree(YEAR, anu, ChestNumber.of(1001))).isTrue();

        assertThat(registry().issueIfFree(YEAR, binu, ChestNumber.of(1001))).isFalse();
        assertThat(registry().find(YEAR, binu)).isEmpty();
        assertThat(registry().issuedTo(YEAR, ChestNumber.of(1001))).contains(anu);
        assertViolation(() -> registry().issueIfFree(YEAR, anu, ChestNumber.of(1002)), "MEMBER_ALREADY_NUMBERED");
        assertThat(registry().issuedTo(YEAR, ChestNumber.of(1002))).isEmpty();
        registry().replace(YEAR, anu, ChestNumber.of(1500));
        assertThat(registry().issueIfFree(YEAR, binu, ChestNumber.of(1001))).isFalse();
        assertThat(registry().issueIfFree(NEXT_YEAR, binu, ChestNumber.of(1001))).isTrue();
    }

    @Test
    void a_replaced_number_stays_reserved_for_its_member() {
        registry().issue(YEAR, anu, ChestNumber.of(1001));

        registry().replace(YEAR, anu, ChestNumber.of(1500));

        assertThat(registry().find(YEAR, anu)).contains(ChestNumber.of(1500));
        assertThat(registry().issuedTo(YEAR, ChestNumber.of(1001))).contains(anu);
        assertViolation(() -> registry().issue(YEAR, binu, ChestNumber.of(1001)), "CHEST_NUMBER_TAKEN");
    }

    @Test
    void a_member_may_get_their_old_number_back_but_not_anothers() {
        registry().issue(YEAR, anu, ChestNumber.of(1001));
        registry().issue(YEAR, binu, ChestNumber.of(1002));
        registry().replace(YEAR, anu, ChestNumber.of(1500));

        registry().replace(YEAR, anu, ChestNumber.of(1001));

        assertThat(registry().find(YEAR, anu)).contains(ChestNumber.of(1001));
        assertViolation(() -> registry().replace(YEAR, anu, ChestNumber.of(1002)), "CHEST_NUMBER_TAKEN");
        assertThat(registry().find(YEAR, binu)).contains(ChestNumber.of(1002));
    }

    @Test
    void members_with_entries_and_no_number_are_listed_by_district_unit_and_name() {
        FestivalEvent solo = fixtures().givenEvent(YEAR, "Solo", EventKind.INDIVIDUAL);
        FestivalEvent poetry = fixtures().givenEvent(YEAR, "Poetry", EventKind.INDIVIDUAL);
        MemberId zara = fixtures().givenMember(fixtures().givenUnit(kollam, "Zion"), "Zara");
        MemberId cini = fixtures().givenMember(ascension, "Cini");
        MemberId numbered = fixtures().givenMember(ascension, "Abel");
        fixtures().givenIndividualEntry(YEAR, solo, binu, kottayam, Seniority.SENIOR);
        fixtures().givenIndividualEntry(YEAR, poetry, binu, kottayam, Seniority.SENIOR);
        fixtures().givenIndividualEntry(YEAR, solo, anu, kottayam, Seniority.JUNIOR);
        fixtures().givenIndividualEntry(YEAR, solo, cini, kottayam, Seniority.JUNIOR);
        fixtures().givenIndividualEntry(YEAR, solo, zara, kollam, Seniority.SENIOR);
        fixtures().givenIndividualEntry(YEAR, solo, numbered, kottayam, Seniority.JUNIOR);
        registry().issue(YEAR, numbered, ChestNumber.of(1001));

        assertThat(registry().unnumbered(YEAR)).containsExactly(
                new UnnumberedParticipant(zara, Seniority.SENIOR),
                new UnnumberedParticipant(cini, Seniority.JUNIOR),
                new UnnumberedParticipant(anu, Seniority.JUNIOR),
                new UnnumberedParticipant(binu, Seniority.SENIOR));
        assertThat(registry().unnumbered(NEXT_YEAR)).isEmpty();
    }

    private static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
