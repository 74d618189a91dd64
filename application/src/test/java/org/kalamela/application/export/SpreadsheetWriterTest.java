package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {

    private final List<Spreadsheet> written = new ArrayList<>();
    private final SpreadsheetWriter writer = (out, spreadsheet) -> written.add(spreadsheet);

    private static SheetSpec<String> sheet(String name) {
        return new SheetSpec<>(name, List.of(ColumnSpec.text("Name", s -> s)), RowSource.of(List.of()));
    }

    @Test
    void writing_a_list_of_sheets_writes_them_as_one_spreadsheet() {
        writer.write(new ByteArrayOutputStream(), List.of(sheet("Members"), sheet("Officials")));
        assertThat(written).singleElement().extracting(s -> s.sheets().size()).isEqualTo(2);
    }

    @Test
    void a_list_of_sheets_is_checked_before_anything_is_written() {
        List<SheetSpec<?>> sheets = List.of(sheet("Members"), sheet("members"));
        assertThatIllegalArgumentException().isThrownBy(() -> writer.write(new ByteArrayOutputStream(), sheets));
        assertThat(written).isEmpty();
    }
}
