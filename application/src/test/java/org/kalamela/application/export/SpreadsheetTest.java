package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private static SheetSpec<String> sheet(String name) {
        return new SheetSpec<>(name, List.of(ColumnSpec.text("Name", s -> s)), RowSource.of(List.of()));
    }

    @Test
    void keeps_the_sheets_in_tab_order() {
        Spreadsheet spreadsheet = Spreadsheet.of(sheet("Individual"), sheet("Group"), sheet("Summary"));
        assertThat(spreadsheet.sheets()).extracting(s -> s.name().value())
                .containsExactly("Individual", "Group", "Summary");
    }

    @Test
    void rejects_a_spreadsheet_without_sheets() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Spreadsheet(List.of()));
    }

    @Test
    void rejects_two_sheets_whose_names_differ_only_in_case() {
        assertThatIllegalArgumentException().isThrownBy(() -> Spreadsheet.of(sheet("Results"), sheet("RESULTS")))
                .withMessageContaining("RESULTS");
    }
}
