package org.kalamela.application.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.fakes.CapturingSpreadsheetWriter.Sheet;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class ExportEventEntriesTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final FestivalEvent song = world.groupEvent("Group Song", 2, 4, 1);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private List<Sheet> export(DistrictId district, EventId event) {
        world.exportEventEntries.execute(new ExportEventEntries.Command(null, district, event), world.admin, out);
        return world.fakes.spreadsheets.sheets();
    }

    @Test
    void each_event_lists_its_participants_by_chest_number_or_team_code() {
        MemberId anu = world.member(world.unit, "Anu", Gender.F, JUNIOR_DOB);
        MemberId biju = world.member(world.unit, "Biju", Gender.M, JUNIOR_DOB);
        MemberId cyril = world.member(world.otherDistrictUnit, "Cyril", Gender.M, JUNIOR_DOB);
        world.enter(world.official, biju, solo);
        world.enter(world.official, anu, solo);
        world.enter(world.otherOfficial, cyril, solo);
        world.team(world.official, song, world.unit, List.of(anu, biju));

        List<Sheet> sheets = export(null, null);

        assertThat(out.size()).isPositive();
        assertThat(sheets).extracting(Sheet::name).containsExactly("Individual events", "Group events");
        assertThat(sheets.get(0).headers()).containsExactly("Event", "Chest number", "Name", "Unit", "District");
        assertThat(sheets.get(0).rows()).containsExactly(
                List.of("Solo", "1001", "Biju", "Ascension", "Kottayam"),
                List.of("Solo", "1002", "Anu", "Ascension", "Kottayam"),
                List.of("Solo", "1003", "Cyril", "Carmel", "Kollam"));
        assertThat(sheets.get(1).rows()).containsExactly(
                List.of("Group Song", "GS-1", "Anu", "Ascension", "Kottayam"),
                List.of("Group Song", "GS-1", "Biju", "Ascension", "Kottayam"));
        assertThat(world.fakes.audit.last("EXPORT_EVENT_ENTRIES").targetId()).isEqualTo("events-2026");
    }

    @Test
    void the_export_is_narrowed_to_a_district_and_an_event() {
        world.enter(world.official, world.junior(), solo);
        world.enter(world.otherOfficial, world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB), solo);

        List<Sheet> sheets = export(world.otherDistrict, solo.id());

        assertThat(sheets.get(0).rows()).singleElement().satisfies(row -> assertThat(row.get(4)).isEqualTo("Kollam"));
        assertThat(sheets.get(1).rows()).isEmpty();
        assertThat(world.fakes.audit.last("EXPORT_EVENT_ENTRIES").details())
                .containsEntry("districtId", world.otherDistrict.toString())
                .containsEntry("eventId", solo.id().toString());
    }

    @Test
    void an_unknown_district_or_event_is_not_found_and_only_the_admin_exports() {
        assertNotFound(() -> export(DistrictId.of(99), null));
        assertNotFound(() -> export(null, EventId.of(99)));
        assertForbidden(() -> world.exportEventEntries.execute(new ExportEventEntries.Command(null, null, null),
                world.official, out));
        assertThat(world.fakes.audit.actions()).isEmpty();
        assertThat(out.size()).isZero();
    }
}
