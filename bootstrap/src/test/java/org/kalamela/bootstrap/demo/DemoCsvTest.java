package org.kalamela.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.adapters.rest.shared.input.CsvTable;

/** The demo files read through the application's CSV reader, as the demo loader reads them. */
class DemoCsvTest {

    @Test
    void theDistrictsFileReadsEveryDistrictWithItsLimits() {
        CsvTable districts = DemoCsv.read("districts.csv");
        assertThat(districts.size()).isPositive();
        assertThat(districts.cell(0, "district")).isEqualTo("ADOOR");
        assertThat(districts.cell(0, "conference_official_limit")).isEqualTo("5");
        assertThat(districts.cell(0, "conference_member_limit")).isEqualTo("25");
        assertThat(districts.line(0)).isEqualTo(2);
    }

    @Test
    void theEventsFileReadsBlankCellsAsMissing() {
        CsvTable events = DemoCsv.read("kalamela-events.csv");
        assertThat(events.cell(0, "kind")).isEqualTo("INDIVIDUAL");
        assertThat(events.cell(0, "name")).isEqualTo("Solo Eastern Jr Boys");
        assertThat(events.cell(0, "min_team_size")).isNull();
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> DemoCsv.read("nothing.csv")).hasMessageContaining("nothing.csv");
    }
}
