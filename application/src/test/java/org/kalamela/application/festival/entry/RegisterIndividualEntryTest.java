package org.kalamela.application.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.TOO_OLD_DOB;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;
import static org.kalamela.application.festival.fakes.RecordingParticipationLocks.districtEntries;
import static org.kalamela.application.festival.fakes.RecordingParticipationLocks.member;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.TestRules;
import org.kalamela.application.festival.chest.EditChestNumber;
import org.kalamela.application.festival.exclusion.ExcludeMember;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class RegisterIndividualEntryTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");

    @Test
    void an_entry_counts_under_the_members_seniority_and_gives_a_chest_number_of_its_series() {
        MemberId junior = world.junior();
        MemberId senior = world.senior();

        RegisteredEntry first = world.enter(world.official, junior, solo);
        RegisteredEntry second = world.enter(world.official, senior, solo);

        assertThat(first.seniority()).isEqualTo(Seniority.JUNIOR);
        assertThat(first.chestNumber()).isEqualTo(ChestNumber.of(1001));
        assertThat(second.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(second.chestNumber()).isEqualTo(ChestNumber.of(2001));
        IndividualEntry stored = world.fakes.entries.findById(first.id()).orElseThrow();
        assertThat(stored.districtId()).isEqualTo(world.district);
        assertThat(stored.registeredBy()).isEqualTo(world.official.accountId());
        assertThat(stored.registeredAt()).isEqualTo(FestivalWorld.NOW);
    }

    @Test
    void the_scope_is_locked_before_it_is_counted_district_first_then_member() {
        MemberId junior = world.junior();
        world.fakes.locks.clear();

        world.enter(world.official, junior, solo);

        assertThat(world.fakes.locks.taken()).containsExactly(
                districtEntries(YEAR, world.district, solo.id(), Seniority.JUNIOR), member(YEAR, junior));
    }

    @Test
    void the_second_entry_of_a_district_is_taken_and_the_third_refused() {
        world.enter(world.official, world.junior(), solo);
        world.enter(world.official, world.junior(), solo);

        assertViolation(() -> world.enter(world.official, world.junior(), solo), "DISTRICT_EVENT_LIMIT");
        MemberId otherDistrictJunior = world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB);
        assertThat(world.enter(world.otherOfficial, otherDistrictJunior, solo).seniority())
                .isEqualTo(Seniority.JUNIOR);
    }

    @Test
    void an_event_open_to_both_takes_two_juniors_and_two_seniors_of_a_district() {
        world.enter(world.official, world.junior(), solo);
        world.enter(world.official, world.junior(), solo);
        world.enter(world.official, world.senior(), solo);
        world.enter(world.official, world.senior(), solo);

        assertViolation(() -> world.enter(world.official, world.junior(), solo), "DISTRICT_EVENT_LIMIT");
        assertViolation(() -> world.enter(world.official, world.senior(), solo), "DISTRICT_EVENT_LIMIT");
        assertThat(world.fakes.entries.all()).hasSize(4);
    }

    @Test
    void the_fifth_event_of_a_member_is_taken_and_the_sixth_refused() {
        MemberId busy = world.junior();
        List<FestivalEvent> events = IntStream.rangeClosed(1, 6).mapToObj(i -> world.individualEvent("Event " + i))
                .toList();
        events.subList(0, 5).forEach(event -> world.enter(world.official, busy, event));

        assertViolation(() -> world.enter(world.official, busy, events.get(5)), "MEMBER_EVENT_LIMIT");
        assertThat(world.fakes.entries.countForMember(YEAR, busy)).isEqualTo(5);
    }

    @Test
    void the_member_limit_counts_entries_made_by_anyone_in_the_edition() {
        MemberId busy = world.junior();
        List<FestivalEvent> events = IntStream.rangeClosed(1, 6).mapToObj(i -> world.individualEvent("Event " + i))
                .toList();
        events.subList(0, 5).forEach(event -> world.fakes.entries.create(
                new NewIndividualEntry(YEAR, event.id(), busy, world.district,
                        Seniority.JUNIOR, world.admin.accountId(), FestivalWorld.NOW)));

        assertViolation(() -> world.enter(world.official, busy, events.get(5)), "MEMBER_EVENT_LIMIT");
    }

    @Test
    void every_refusal_has_its_code() {
        MemberId junior = world.junior();
        world.enter(world.official, junior, solo);
        assertViolation(() -> world.enter(world.official, junior, solo), "ALREADY_ENTERED");

        FestivalEvent girls = world.individualEvent("Solo Girls", Gender.F, null);
        assertViolation(() -> world.enter(world.official, junior, girls), "NOT_ELIGIBLE");
        FestivalEvent seniors = world.individualEvent("Essay Sr", null, Seniority.SENIOR);
        assertViolation(() -> world.enter(world.official, junior, seniors), "NOT_ELIGIBLE");
        MemberId tooOld = world.member(world.unit, Gender.M, TOO_OLD_DOB);
        assertViolation(() -> world.enter(world.official, tooOld, solo), "NOT_ELIGIBLE");

        MemberId excluded = world.junior();
        world.excludeMember.execute(new ExcludeMember.Command(excluded, "Misconduct"), world.admin);
        assertViolation(() -> world.enter(world.official, excluded, solo), "MEMBER_EXCLUDED");

        FestivalEvent song = world.groupEvent("Group Song", 3, 8, 1);
        assertViolation(() -> world.enter(world.official, world.junior(), song), "EVENT_KIND_MISMATCH");

        FestivalEvent inactive = world.fakes.events.create(new NewFestivalEvent(YEAR, "Karoke", EventKind.INDIVIDUAL,
                EventCategory.MUSIC, Optional.empty(), Optional.empty(), false, false, new ShortCode("K"),
                Optional.empty()));
        assertViolation(() -> world.enter(world.official, world.junior(), inactive), "EVENT_INACTIVE");

        world.closeRegistration();
        assertViolation(() -> world.enter(world.official, world.junior(), solo), "REGISTRATION_CLOSED");
    }

    @Test
    void a_member_or_event_an_official_may_not_see_is_not_found() {
        MemberId otherDistrictMember = world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB);
        assertNotFound(() -> world.enter(world.official, otherDistrictMember, solo));
        assertNotFound(() -> world.enter(world.official, MemberId.of(999), solo));

        world.fakes.editions.create(new Edition(EditionYear.of(2027),
                world.edition().rules(), FestivalWorld.WINDOW));
        FestivalEvent nextYear = world.fakes.events.create(new NewFestivalEvent(EditionYear.of(2027), "Solo",
                EventKind.INDIVIDUAL, EventCategory.MUSIC, Optional.empty(), Optional.empty(), true, true,
                new ShortCode("S"), Optional.empty()));
        assertNotFound(() -> world.enter(world.official, world.junior(), nextYear));
        assertThat(world.fakes.entries.all()).isEmpty();
    }

    @Test
    void only_a_district_official_enters_members() {
        MemberId junior = world.junior();

        assertForbidden(() -> world.enter(world.admin, junior, solo));
        assertInvalidFields(() -> world.registerEntry.execute(new RegisterIndividualEntry.Command(null, null),
                world.official), "eventId", "memberId");
    }

    @Test
    void a_members_second_event_reuses_their_chest_number() {
        MemberId first = world.junior();
        MemberId second = world.junior();
        FestivalEvent poetry = world.individualEvent("Poetry");

        ChestNumber number = world.enter(world.official, first, solo).chestNumber();
        world.enter(world.official, second, solo);

        assertThat(world.enter(world.official, first, poetry).chestNumber()).isEqualTo(number);
        assertThat(world.enter(world.official, second, poetry).chestNumber()).isEqualTo(ChestNumber.of(1002));
        assertThat(world.fakes.chestNumbers.currentNumbers(YEAR)).hasSize(2);
    }

    @Test
    void a_chest_number_stays_with_its_member_after_their_entries_are_removed() {
        MemberId leaving = world.junior();
        RegisteredEntry entry = world.enter(world.official, leaving, solo);

        world.removeEntry.execute(entry.id(), world.official);

        assertThat(world.enter(world.official, world.junior(), solo).chestNumber()).isEqualTo(ChestNumber.of(1002));
        assertThat(world.enter(world.official, leaving, solo).chestNumber()).isEqualTo(ChestNumber.of(1001));
    }

    @Test
    void a_used_up_series_refuses_the_entry_and_stores_nothing() {
        FestivalWorld small = new FestivalWorld(TestRules.withJuniorSeries(1001, 1002));
        FestivalEvent event = small.individualEvent("Solo");
        FestivalEvent other = small.individualEvent("Poetry");
        MemberId first = small.junior();
        small.enter(small.official, first, event);
        small.enter(small.official, small.junior(), event);

        MemberId third = small.junior();
        assertViolation(() -> small.enter(small.official, third, other), "CHEST_NUMBER_SERIES_EXHAUSTED");
        assertThat(small.fakes.entries.exists(other.id(), third)).isFalse();
        assertThat(small.enter(small.official, first, other).chestNumber()).isEqualTo(ChestNumber.of(1001));
        assertThat(small.enter(small.official, small.senior(), other).chestNumber()).isEqualTo(ChestNumber.of(2001));
    }

    @Test
    void the_counter_skips_a_number_the_admin_typed_by_hand() {
        MemberId corrected = world.junior();
        world.enter(world.official, corrected, solo);
        world.editChestNumber.execute(new EditChestNumber.Command(null, corrected, 1002), world.admin);

        assertThat(world.enter(world.official, world.junior(), solo).chestNumber()).isEqualTo(ChestNumber.of(1003));
        assertThat(world.enter(world.official, world.member(world.unit, Gender.F, SENIOR_DOB), solo).chestNumber())
                .isEqualTo(ChestNumber.of(2001));
    }
}
