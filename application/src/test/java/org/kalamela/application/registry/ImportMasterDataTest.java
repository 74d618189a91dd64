package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.registry.Refusals.assertInvalid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.unit.ImportUnitNames;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.unit.UnitName;

class ImportMasterDataTest {

    private final RegistryTestbed bed = new RegistryTestbed();

    private ImportDistricts.Result importDistricts(ImportDistricts.Row... rows) {
        return bed.importDistricts.execute(new ImportDistricts.Command(List.of(rows)), bed.admin);
    }

    private ImportUnitNames.Result importUnits(ImportUnitNames.Row... rows) {
        return bed.importUnitNames.execute(new ImportUnitNames.Command(List.of(rows)), bed.admin);
    }

    @Test
    void districts_are_created_then_an_import_again_only_updates_limits() {
        ImportDistricts.Result first = importDistricts(new ImportDistricts.Row("ADOOR", 5, 25),
                new ImportDistricts.Row("ELANTHOOR", 5, 20));
        ImportDistricts.Result again = importDistricts(new ImportDistricts.Row("Adoor", 5, 25),
                new ImportDistricts.Row("ELANTHOOR", 4, 20));

        assertThat(first).isEqualTo(new ImportDistricts.Result(2, 0, 0));
        assertThat(again).isEqualTo(new ImportDistricts.Result(0, 1, 1));
        assertThat(bed.fakes.districts.findByName("elanthoor").map(District::conferenceLimits))
                .contains(new ConferenceLimits(4, 20));
        assertThat(bed.fakes.districts.findAll()).extracting(District::name).containsExactly("ADOOR", "ELANTHOOR");
        assertThat(bed.fakes.audit.last("DISTRICTS_IMPORTED").details())
                .containsEntry("created", "0").containsEntry("updated", "1");
    }

    @Test
    void every_bad_district_row_is_reported_and_nothing_is_written() {
        assertInvalid(() -> importDistricts(new ImportDistricts.Row("ADOOR", 5, 25),
                        new ImportDistricts.Row(" ", 5, 25),
                        new ImportDistricts.Row("PALLOM", -1, 25),
                        new ImportDistricts.Row("adoor", 5, 25)),
                "rows[1].name", "rows[2].conferenceOfficialLimit", "rows[3].name");
        assertThat(bed.fakes.districts.findAll()).isEmpty();
    }

    @Test
    void unit_names_go_to_existing_districts_and_an_import_again_changes_nothing() {
        District adoor = bed.district("ADOOR");
        bed.unitName(adoor, "St. Thomas");

        ImportUnitNames.Result result = importUnits(new ImportUnitNames.Row("Adoor", "st. thomas"),
                new ImportUnitNames.Row("ADOOR", "Bethel"), new ImportUnitNames.Row("ADOOR", "Bethel"));

        assertThat(result).isEqualTo(new ImportUnitNames.Result(1, 2));
        assertThat(bed.fakes.unitNames.findByDistrict(adoor.id())).extracting(UnitName::name)
                .containsExactly("Bethel", "St. Thomas");
        assertThat(bed.fakes.audit.actions()).containsExactly("UNIT_NAMES_IMPORTED");
    }

    @Test
    void a_unit_row_of_an_unknown_district_or_without_a_name_fails_the_whole_import() {
        bed.district("ADOOR");

        assertInvalid(() -> importUnits(new ImportUnitNames.Row("ADOOR", "Bethel"),
                        new ImportUnitNames.Row("NOWHERE", "Zion"), new ImportUnitNames.Row("ADOOR", "")),
                "rows[1].district", "rows[2].unit");
        assertThat(bed.fakes.unitNames.findByName(bed.fakes.districts.findByName("ADOOR").orElseThrow().id(), "Bethel"))
                .isEmpty();
    }
}
