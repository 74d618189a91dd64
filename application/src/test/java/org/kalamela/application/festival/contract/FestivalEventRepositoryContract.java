package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** What every {@link FestivalEventRepository} does; a subclass gives each test an empty store. */
public abstract class FestivalEventRepositoryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);

    protected abstract FestivalEventRepository repository();

    protected abstract FestivalContractFixtures fixtures();

    @BeforeEach
    void editions() {
        fixtures().givenEdition(YEAR);
        fixtures().givenEdition(NEXT_YEAR);
    }

    private static NewFestivalEvent individual(EditionYear year, String name, String code) {
        return new NewFestivalEvent(year, name, EventKind.INDIVIDUAL, EventCategory.MUSIC, Optional.of(Gender.F),
                Optional.of(Seniority.JUNIOR), true, true, new ShortCode(code), Optional.empty());
    }

    private static NewFestivalEvent group(EditionYear year, String name, String code) {
        return new NewFestivalEvent(year, name, EventKind.GROUP, EventCategory.STAGE_EVENTS, Optional.empty(),
                Optional.empty(), false, true, new ShortCode(code), Optional.of(new TeamFormat(3, 8, 2)));
    }

    @Test
    void a_created_event_gets_a_new_id_and_is_found_as_given() {
        NewFestivalEvent solo = individual(YEAR, "Solo Eastern Jr Girls", "SEJG");
        NewFestivalEvent song = group(YEAR, "Group Song", "GS");

        FestivalEvent first = repository().create(solo);
        FestivalEvent second = repository().create(song);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first).isEqualTo(solo.withId(first.id()));
        assertThat(repository().findById(second.id())).contains(song.withId(second.id()));
    }

    @Test
    void an_edition_lists_its_events_in_the_order_they_were_created() {
        FestivalEvent b = repository().create(individual(YEAR, "B", "B"));
        FestivalEvent a = repository().create(group(YEAR, "A", "A"));
        repository().create(individual(NEXT_YEAR, "C", "C"));

        assertThat(repository().findByEdition(YEAR)).containsExactly(b, a);
    }

    @Test
    void a_short_code_is_unique_within_an_edition_only() {
        repository().create(individual(YEAR, "Mime", "M"));

        assertViolation(() -> repository().create(group(YEAR, "Margamkali", "M")), "SHORT_CODE_TAKEN");
        assertThat(repository().create(group(NEXT_YEAR, "Margamkali", "M")).shortCode()).isEqualTo(new ShortCode("M"));
    }

    @Test
    void a_name_is_unique_within_an_edition_ignoring_case() {
        repository().create(individual(YEAR, "Group Song", "GS"));

        assertViolation(() -> repository().create(group(YEAR, "GROUP SONG", "GS2")), "EVENT_NAME_TAKEN");
        assertThat(repository().create(group(NEXT_YEAR, "group song", "GS")).name()).isEqualTo("group song");
    }

    @Test
    void an_update_replaces_the_fields_and_keeps_the_keys_unique() {
        FestivalEvent mime = repository().create(individual(YEAR, "Mime", "M"));
        FestivalEvent skit = repository().create(group(YEAR, "Skit", "S"));
        FestivalEvent renamed = new FestivalEvent(mime.id(), YEAR, "Mime Show", EventKind.GROUP,
                EventCategory.STAGE_EVENTS, Optional.empty(), Optional.of(Seniority.SENIOR), false, false,
                new ShortCode("MS"), Optional.of(new TeamFormat(5, 8, 1)));

        repository().update(renamed);

        assertThat(repository().findById(mime.id())).contains(renamed);
        assertViolation(() -> repository().update(skit.withShortCode(new ShortCode("MS"))), "SHORT_CODE_TAKEN");
        assertThat(repository().findById(skit.id())).contains(skit);
    }

    @Test
    void an_event_nobody_references_is_deleted() {
        FestivalEvent mime = repository().create(individual(YEAR, "Mime", "M"));

        repository().delete(mime.id());

        assertThat(repository().findById(mime.id())).isEmpty();
        assertThat(repository().findByEdition(YEAR)).isEmpty();
    }

    @Test
    void an_event_with_entries_is_not_deleted() {
        FestivalEvent mime = repository().create(individual(YEAR, "Mime", "M"));
        DistrictId district = fixtures().givenDistrict("Kottayam");
        MemberId member = fixtures().givenMember(fixtures().givenUnit(district, "Ascension"), "Anu");
        fixtures().givenIndividualEntry(YEAR, mime, member, district, Seniority.JUNIOR);

        assertViolation(() -> repository().delete(mime.id()), "EVENT_HAS_ENTRIES");
        assertThat(repository().findById(mime.id())).contains(mime);
    }

    private static void assertViolation(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
