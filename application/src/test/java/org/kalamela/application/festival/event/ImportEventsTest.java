package org.kalamela.application.festival.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

class ImportEventsTest {

    private final FestivalWorld world = new FestivalWorld();

    private List<FestivalEvent> importRows(List<EventImportRow> rows, boolean infer) {
        return world.importEvents.execute(new ImportEvents.Command(YEAR, rows, infer), world.admin);
    }

    @Test
    void the_real_editions_45_events_are_imported_with_unique_short_codes() {
        List<FestivalEvent> created = importRows(EventsCsv.rows(), false);

        assertThat(created).hasSize(45);
        assertThat(created).filteredOn(FestivalEvent::isGroup).hasSize(9);
        assertThat(created).extracting(FestivalEvent::shortCode).doesNotHaveDuplicates();
        Map<String, FestivalEvent> byName = created.stream()
                .collect(Collectors.toMap(FestivalEvent::name, Function.identity()));
        assertThat(byName.get("Group Song").shortCode()).isEqualTo(new ShortCode("GS"));
        assertThat(byName.get("Monoact").shortCode()).isEqualTo(new ShortCode("M"));
        assertThat(byName.get("Mimicry").shortCode()).isEqualTo(new ShortCode("MI"));
        assertThat(byName.get("Mime").shortCode()).isEqualTo(new ShortCode("MIM"));
        assertThat(byName.get("Margamkali").shortCode()).isEqualTo(new ShortCode("MA"));
        assertThat(byName.get("Solo Eastern Jr Boys").genderRestriction()).contains(Gender.M);
        assertThat(byName.get("Solo Eastern Jr Boys").seniorityRestriction()).contains(Seniority.JUNIOR);
        assertThat(byName.get("Pencil drawing").category()).isEqualTo(EventCategory.FINE_ARTS);
        assertThat(byName.get("Quartet").teamFormat()).contains(new TeamFormat(4, 4, 1));
        assertThat(world.listEvents.execute(null, new PageRequest(0, 200), world.admin).items()).isEqualTo(created);
        assertThat(world.fakes.audit.last("EVENTS_IMPORTED").details()).containsEntry("events", "45");
    }

    @Test
    void an_invalid_row_imports_nothing_and_every_bad_cell_is_reported_under_its_line() {
        List<EventImportRow> rows = List.of(
                EventsCsv.row(2, "INDIVIDUAL", "Solo", "MUSIC", "true", "", "", "", "", ""),
                EventsCsv.row(3, "SOLO", "Duet", "DANCE", "maybe", "Boys", "Middle", "", "", ""),
                EventsCsv.row(4, "GROUP", "Choir", "MUSIC", "false", "", "", "three", "", ""),
                EventsCsv.row(5, "INDIVIDUAL", "", "MUSIC", "", "", "", "2", "", ""));

        assertThatThrownBy(() -> importRows(rows, false)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo("EVENT_IMPORT_INVALID");
            assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                    "rows[3].kind", "rows[3].category", "rows[3].mandatory", "rows[3].gender", "rows[3].seniority",
                    "rows[4].minTeamSize", "rows[4].maxTeamSize", "rows[5].name", "rows[5].minTeamSize");
        });
        assertThat(world.fakes.events.findByEdition(YEAR)).isEmpty();
        assertThat(world.fakes.audit.actions()).isEmpty();
    }

    @Test
    void a_name_already_in_the_edition_or_on_an_earlier_line_is_refused() {
        world.individualEvent("Guitar");
        List<EventImportRow> rows = List.of(
                EventsCsv.row(2, "INDIVIDUAL", "GUITAR", "MUSIC", "false", "", "", "", "", ""),
                EventsCsv.row(3, "GROUP", "Skit", "STAGE EVENTS", "false", "", "", "5", "10", "1"),
                EventsCsv.row(4, "GROUP", "skit", "STAGE EVENTS", "false", "", "", "5", "10", "1"));

        assertInvalidFields(() -> importRows(rows, false), "rows[2].name", "rows[4].name");
        assertThat(world.fakes.events.findByEdition(YEAR)).hasSize(1);
    }

    @Test
    void restrictions_left_blank_are_inferred_from_the_name_when_asked() {
        List<EventImportRow> rows = List.of(
                EventsCsv.row(2, "INDIVIDUAL", "Light music Boys", "MUSIC", "", "", "", "", "", ""),
                EventsCsv.row(3, "INDIVIDUAL", "Essay Eng Sr", "LITERARY EVENTS", "", "", "", "", "", ""),
                EventsCsv.row(4, "INDIVIDUAL", "Essay Mal Sr", "LITERARY EVENTS", "", "Female", "Junior", "", "", ""));

        List<FestivalEvent> inferred = importRows(rows, true);

        assertThat(inferred).extracting(FestivalEvent::genderRestriction)
                .containsExactly(Optional.of(Gender.M), Optional.empty(), Optional.of(Gender.F));
        assertThat(inferred).extracting(FestivalEvent::seniorityRestriction)
                .containsExactly(Optional.empty(), Optional.of(Seniority.SENIOR), Optional.of(Seniority.JUNIOR));
        assertThat(inferred).extracting(FestivalEvent::kind).containsOnly(EventKind.INDIVIDUAL);
    }

    @Test
    void only_the_admin_imports_and_an_import_has_rows() {
        assertForbidden(() -> world.importEvents.execute(new ImportEvents.Command(YEAR, EventsCsv.rows(), false),
                world.official));
        assertInvalidFields(() -> importRows(List.of(), false), "rows");
    }
}
