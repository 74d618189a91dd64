package org.kalamela.application.festival.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

class EventUseCasesTest {

    private final FestivalWorld world = new FestivalWorld();

    private static EventForm individual(String name, String shortCode) {
        return new EventForm(name, EventKind.INDIVIDUAL, EventCategory.MUSIC, null, null, true, null, shortCode,
                null, null, null);
    }

    private static EventForm group(String name, Integer min, Integer max) {
        return new EventForm(name, EventKind.GROUP, EventCategory.STAGE_EVENTS, null, null, false, true, null, min,
                max, null);
    }

    private FestivalEvent create(EventForm form) {
        return world.createEvent.execute(new CreateEvent.Command(YEAR, form), world.admin);
    }

    private FestivalEvent edit(FestivalEvent event, EventForm form) {
        return world.editEvent.execute(new EditEvent.Command(event.id(), form), world.admin);
    }

    @Test
    void a_new_event_takes_its_initials_and_a_later_one_yields() {
        FestivalEvent mime = create(group("Mime", 5, 8));
        FestivalEvent margamkali = create(group("Margamkali", 5, 9));

        assertThat(mime.shortCode()).isEqualTo(new ShortCode("M"));
        assertThat(margamkali.shortCode()).isEqualTo(new ShortCode("MA"));
        assertThat(margamkali.teamFormat()).contains(new TeamFormat(5, 9, 1));
        assertThat(margamkali.active()).isTrue();
        assertThat(world.fakes.events.findById(mime.id())).contains(mime);
        assertThat(world.fakes.audit.last("EVENT_CREATED").details())
                .containsEntry("name", "Margamkali").containsEntry("shortCode", "MA");
    }

    @Test
    void a_given_short_code_is_read_in_upper_case_and_must_be_free() {
        assertThat(create(individual("Group Song", "gs")).shortCode()).isEqualTo(new ShortCode("GS"));

        assertViolation(() -> create(individual("Guitar Solo", "GS")), "SHORT_CODE_TAKEN");
        assertViolation(() -> create(individual("GROUP SONG", null)), "EVENT_NAME_TAKEN");
        assertInvalidFields(() -> create(individual("Solo", "G-S")), "shortCode");
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertInvalidFields(() -> create(new EventForm(" ", EventKind.GROUP, null, null, null, null, null, null,
                null, 4, null)), "name", "category", "minTeamSize");
        assertInvalidFields(() -> create(group("Skit", 6, 5)), "maxTeamSize");
        assertInvalidFields(() -> create(new EventForm("Solo", EventKind.INDIVIDUAL, EventCategory.MUSIC, null, null,
                null, null, null, 1, 2, 1)), "minTeamSize", "maxTeamSize", "teamsPerUnit");
        assertNotFound(() -> world.createEvent.execute(new CreateEvent.Command(EditionYear.of(2030),
                individual("Solo", null)), world.admin));
        assertThat(world.fakes.events.findByEdition(YEAR)).isEmpty();
    }

    @Test
    void the_admin_corrects_restrictions_and_the_change_is_audited() {
        FestivalEvent solo = create(individual("Solo Boys", null));

        FestivalEvent corrected = edit(solo, new EventForm("Solo Boys", EventKind.INDIVIDUAL, EventCategory.MUSIC,
                Gender.M, Seniority.JUNIOR, true, true, " ", null, null, null));

        assertThat(corrected.shortCode()).isEqualTo(solo.shortCode());
        assertThat(corrected.genderRestriction()).contains(Gender.M);
        assertThat(world.fakes.events.findById(solo.id())).contains(corrected);
        assertThat(world.fakes.audit.last("EVENT_EDITED").details()).containsOnlyKeys("genderRestriction",
                "seniorityRestriction");
    }

    @Test
    void an_event_without_entries_may_change_kind_and_code_but_not_take_anothers() {
        FestivalEvent skit = create(individual("Skit", null));
        create(individual("Mime", null));

        FestivalEvent group = edit(skit, new EventForm("Skit", EventKind.GROUP, EventCategory.STAGE_EVENTS, null,
                null, false, true, "SK", 5, 10, 2));

        assertThat(group.kind()).isEqualTo(EventKind.GROUP);
        assertThat(group.shortCode()).isEqualTo(new ShortCode("SK"));
        assertViolation(() -> edit(group, new EventForm("Skit", EventKind.GROUP, EventCategory.STAGE_EVENTS, null,
                null, false, true, "M", 5, 10, 2)), "SHORT_CODE_TAKEN");
        assertViolation(() -> edit(group, group("Mime", 5, 10)), "EVENT_NAME_TAKEN");
    }

    @Test
    void an_event_with_entries_keeps_its_kind_and_short_code_and_is_not_deleted() {
        FestivalEvent solo = world.individualEvent("Solo");
        FestivalEvent song = world.groupEvent("Group Song", 2, 4, 1);
        world.enter(world.official, world.junior(), solo);
        world.team(world.official, song, world.unit, world.juniors(world.unit, 2));

        assertViolation(() -> edit(solo, group("Solo", 2, 4)), "EVENT_HAS_ENTRIES");
        assertViolation(() -> edit(song, new EventForm("Group Song", EventKind.GROUP, EventCategory.MUSIC, null,
                null, true, true, "GSO", 2, 4, 1)), "SHORT_CODE_IN_USE");
        assertThat(edit(song, new EventForm("Group Song", EventKind.GROUP, EventCategory.MUSIC, null, null, true,
                false, null, 2, 6, 1)).active()).isFalse();
        assertViolation(() -> world.deleteEvent.execute(solo.id(), world.admin), "EVENT_HAS_ENTRIES");
        assertViolation(() -> world.deleteEvent.execute(song.id(), world.admin), "EVENT_HAS_ENTRIES");
    }

    @Test
    void an_event_without_entries_is_deleted_and_audited() {
        FestivalEvent solo = world.individualEvent("Solo");

        world.deleteEvent.execute(solo.id(), world.admin);

        assertThat(world.fakes.events.findById(solo.id())).isEmpty();
        assertThat(world.fakes.audit.last("EVENT_DELETED").details()).containsEntry("name", "Solo");
        assertNotFound(() -> world.deleteEvent.execute(solo.id(), world.admin));
    }

    @Test
    void only_the_admin_manages_events() {
        FestivalEvent solo = world.individualEvent("Solo");

        assertForbidden(() -> world.createEvent.execute(new CreateEvent.Command(YEAR, individual("Duet", null)),
                world.official));
        assertForbidden(() -> world.editEvent.execute(new EditEvent.Command(solo.id(), individual("Duet", null)),
                world.official));
        assertForbidden(() -> world.deleteEvent.execute(solo.id(), world.official));
        assertForbidden(() -> world.listEvents.execute(YEAR, new PageRequest(0, 50), world.official));
        assertThat(world.listEvents.execute(YEAR, new PageRequest(0, 50), world.admin).items()).containsExactly(solo);
        assertThat(world.fakes.audit.actions()).isEmpty();
    }

    @Test
    void restrictions_and_flags_are_stored_as_given() {
        FestivalEvent essay = create(new EventForm("Essay", EventKind.INDIVIDUAL, EventCategory.LITERARY_EVENTS,
                Gender.F, Seniority.SENIOR, false, false, null, null, null, null));

        assertThat(essay.genderRestriction()).isEqualTo(Optional.of(Gender.F));
        assertThat(essay.seniorityRestriction()).isEqualTo(Optional.of(Seniority.SENIOR));
        assertThat(List.of(essay.mandatory(), essay.active())).containsExactly(false, false);
    }

    @Test
    void a_patch_changes_only_the_fields_it_names_and_may_lift_a_restriction() {
        FestivalEvent song = create(new EventForm("Song Girls", EventKind.INDIVIDUAL, EventCategory.MUSIC, Gender.F,
                Seniority.JUNIOR, true, true, null, null, null, null));

        FestivalEvent patched = world.patchEvent.execute(song.id(), EventKind.INDIVIDUAL, new EventPatch("Song",
                null, Optional.empty(), null, null, false, null, null, null, null), world.admin);

        assertThat(patched.name()).isEqualTo("Song");
        assertThat(patched.genderRestriction()).isEmpty();
        assertThat(patched.seniorityRestriction()).contains(Seniority.JUNIOR);
        assertThat(patched.mandatory()).isTrue();
        assertThat(patched.active()).isFalse();
        assertThat(patched.shortCode()).isEqualTo(song.shortCode());
        assertThat(world.fakes.audit.last("EVENT_EDITED").details()).containsOnlyKeys("name", "genderRestriction",
                "active");
    }

    @Test
    void a_group_patch_keeps_the_team_format_it_does_not_name_and_the_wrong_kind_is_not_found() {
        FestivalEvent dance = create(group("Group Dance", 4, 8));
        FestivalEvent solo = create(individual("Solo", null));

        FestivalEvent patched = world.patchEvent.execute(dance.id(), EventKind.GROUP, new EventPatch(null, null, null,
                null, null, null, null, null, 10, 2), world.admin);

        assertThat(patched.teamFormat()).contains(new TeamFormat(4, 10, 2));
        assertNotFound(() -> world.patchEvent.execute(solo.id(), EventKind.GROUP, new EventPatch("Solo 2", null, null,
                null, null, null, null, null, null, null), world.admin));
        assertNotFound(() -> world.patchEvent.execute(dance.id(), EventKind.INDIVIDUAL, new EventPatch("X", null, null,
                null, null, null, null, null, null, null), world.admin));
        assertInvalidFields(() -> world.patchEvent.execute(dance.id(), EventKind.GROUP, new EventPatch(null, null,
                null, null, null, null, null, 11, null, null), world.admin), "maxTeamSize");
        assertForbidden(() -> world.patchEvent.execute(dance.id(), EventKind.GROUP, new EventPatch(null, null, null,
                null, null, null, null, null, 10, null), world.official));
    }
}
