package org.kalamela.domain.festival.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.FestivalFixtures.groupEvent;
import static org.kalamela.domain.festival.FestivalFixtures.individualEvent;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

/** Names unique in an edition, what may change once an event has entries, and events not yet stored. */
class EventPoliciesTest {

    private final EventNamePolicy names = new EventNamePolicy();
    private final EventChangePolicy changes = new EventChangePolicy();

    @Test
    void a_name_is_unique_in_the_edition_ignoring_case_and_blanks() {
        assertViolation(() -> names.checkUnique(" group song ", List.of("Mime", "Group Song")), "EVENT_NAME_TAKEN");
        assertThatCode(() -> names.checkUnique("Group Song", List.of("Group Songs", "Mime")))
                .doesNotThrowAnyException();
    }

    @Test
    void an_event_without_entries_may_change_anything_but_its_id_and_edition() {
        FestivalEvent solo = individualEvent(1, "Solo", null, null);
        FestivalEvent changed = new FestivalEvent(solo.id(), YEAR, "Duet", EventKind.GROUP, EventCategory.MUSIC,
                Optional.empty(), Optional.empty(), false, false, new ShortCode("D"),
                Optional.of(TeamFormat.of(2, 2)));

        assertThatCode(() -> changes.check(solo, changed, false)).doesNotThrowAnyException();
        assertThatCode(() -> changes.checkDelete(solo, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> changes.check(solo, individualEvent(2, "Solo", null, null), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_event_with_entries_keeps_its_kind_and_short_code() {
        FestivalEvent song = groupEvent(38, 3, 8, 1);
        FestivalEvent solo = individualEvent(1, "Solo", null, null);

        assertViolation(() -> changes.check(song, song.withShortCode(new ShortCode("GSX")), true), "SHORT_CODE_IN_USE");
        assertViolation(() -> changes.check(solo, new FestivalEvent(solo.id(), YEAR, "Solo", EventKind.GROUP,
                EventCategory.MUSIC, Optional.empty(), Optional.empty(), true, true, solo.shortCode(),
                Optional.of(TeamFormat.of(2, 3))), true), "EVENT_HAS_ENTRIES");
        FestivalEvent corrected = new FestivalEvent(solo.id(), YEAR, "Solo Boys", EventKind.INDIVIDUAL,
                EventCategory.MUSIC, Optional.of(Gender.M), Optional.of(Seniority.JUNIOR), false, false,
                solo.shortCode(), Optional.empty());
        assertThatCode(() -> changes.check(solo, corrected, true)).doesNotThrowAnyException();
        assertViolation(() -> changes.checkDelete(solo, true), "EVENT_HAS_ENTRIES");
    }

    @Test
    void a_new_event_is_checked_like_a_stored_one_and_takes_its_id() {
        NewFestivalEvent mime = new NewFestivalEvent(YEAR, " Mime ", EventKind.GROUP, EventCategory.STAGE_EVENTS,
                null, null, false, true, new ShortCode("M"), Optional.of(TeamFormat.of(5, 8)));

        assertThat(mime.name()).isEqualTo("Mime");
        assertThat(mime.genderRestriction()).isEmpty();
        assertThat(mime.withId(EventId.of(7))).isEqualTo(new FestivalEvent(EventId.of(7), YEAR, "Mime",
                EventKind.GROUP, EventCategory.STAGE_EVENTS, Optional.empty(), Optional.empty(), false, true,
                new ShortCode("M"), Optional.of(TeamFormat.of(5, 8))));
        assertInvalidField(() -> new NewFestivalEvent(EditionYear.of(2026), "Mime", EventKind.GROUP,
                EventCategory.STAGE_EVENTS, null, null, false, true, new ShortCode("M"), Optional.empty()),
                "teamFormat");
        assertInvalidField(() -> new NewFestivalEvent(YEAR, "", EventKind.INDIVIDUAL, EventCategory.MUSIC, null,
                null, false, true, new ShortCode("M"), null), "name");
    }
}
