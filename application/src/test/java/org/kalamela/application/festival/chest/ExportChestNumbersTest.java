package org.kalamela.application.festival.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.Refusals.assertForbidden;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.entry.RegisteredEntry;
import org.kalamela.application.festival.fakes.CapturingSpreadsheetWriter.Sheet;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class ExportChestNumbersTest {

    private final FestivalWorld world = new FestivalWorld();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void one_sheet_per_district_lists_numbers_names_units_and_events() {
        FestivalEvent solo = world.individualEvent("Solo");
        FestivalEvent poetry = world.individualEvent("Poetry");
        MemberId senior = world.member(world.secondUnit, "Sara", Gender.F, SENIOR_DOB);
        MemberId junior = world.member(world.unit, "Anu", Gender.F, JUNIOR_DOB);
        MemberId kollam = world.member(world.otherDistrictUnit, "Kiran", Gender.M, JUNIOR_DOB);
        world.enter(world.official, senior, poetry);
        world.enter(world.official, junior, poetry);
        world.enter(world.official, junior, solo);
        world.enter(world.otherOfficial, kollam, solo);
        MemberId withdrawn = world.member(world.unit, "Bina", Gender.F, JUNIOR_DOB);
        RegisteredEntry gone = world.enter(world.official, withdrawn, solo);
        world.removeEntry.execute(gone.id(), world.official);

        world.exportChestNumbers.execute(null, world.admin, out);

        List<Sheet> sheets = world.fakes.spreadsheets.sheets();
        assertThat(sheets).extracting(Sheet::name).containsExactly("Kollam", "Kottayam");
        assertThat(sheets.get(0).headers()).containsExactly("Chest number", "Name", "Unit", "Events");
        assertThat(sheets.get(0).rows()).containsExactly(List.of(1002, "Kiran", "Carmel", "Solo"));
        assertThat(sheets.get(1).rows()).containsExactly(
                List.of(1001, "Anu", "Ascension", "Solo, Poetry"),
                List.of(1003, "Bina", "Ascension", ""),
                List.of(2001, "Sara", "Bethel", "Poetry"));
        assertThat(world.fakes.audit.last("EXPORT_CHEST_NUMBERS").targetId()).isEqualTo("chest-numbers-2026");
        assertThat(out.size()).isPositive();
    }

    @Test
    void without_numbers_the_file_has_one_empty_sheet() {
        world.exportChestNumbers.execute(null, world.admin, out);

        assertThat(world.fakes.spreadsheets.sheets()).singleElement()
                .satisfies(sheet -> assertThat(sheet.rows()).isEmpty());
    }

    @Test
    void only_the_admin_exports() {
        assertForbidden(() -> world.exportChestNumbers.execute(null, world.official, out));
        assertThat(world.fakes.audit.actions()).isEmpty();
    }
}
