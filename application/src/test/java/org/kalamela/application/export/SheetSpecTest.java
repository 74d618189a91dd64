package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SheetSpecTest {

    private static final RowSource<String> NO_ROWS = RowSource.of(List.of());

    @Test
    void keeps_the_columns_in_order_and_the_name() {
        SheetSpec<String> sheet = new SheetSpec<>("Members",
                List.of(ColumnSpec.text("Name", s -> s), ColumnSpec.number("Length", String::length)), NO_ROWS);
        assertThat(sheet.name()).isEqualTo(new SheetName("Members"));
        assertThat(sheet.columns()).extracting(ColumnSpec::header).containsExactly("Name", "Length");
    }

    @Test
    void the_columns_cannot_change_after_the_sheet_is_made() {
        List<ColumnSpec<String>> columns = new ArrayList<>(List.of(ColumnSpec.text("Name", s -> s)));
        SheetSpec<String> sheet = new SheetSpec<>("Members", columns, NO_ROWS);
        columns.add(ColumnSpec.text("Other", s -> s));
        assertThat(sheet.columns()).hasSize(1);
    }

    @Test
    void rejects_a_sheet_without_columns() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetSpec<>("Members", List.of(), NO_ROWS))
                .withMessageContaining("Members");
    }

    @Test
    void rejects_more_columns_than_excel_allows() {
        List<ColumnSpec<String>> columns = IntStream.rangeClosed(1, SheetSpec.MAX_COLUMNS + 1)
                .mapToObj(i -> ColumnSpec.<String>text("Column " + i, s -> s)).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetSpec<>("Wide", columns, NO_ROWS));
    }

    @Test
    void rejects_a_header_used_twice() {
        List<ColumnSpec<String>> columns = List.of(ColumnSpec.text("Name", s -> s), ColumnSpec.text("Name", s -> s));
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetSpec<>("Members", columns, NO_ROWS))
                .withMessageContaining("'Name' twice");
    }

    @Test
    void checks_the_sheet_name() {
        List<ColumnSpec<String>> columns = List.of(ColumnSpec.text("Name", s -> s));
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetSpec<>("Results 1/2", columns, NO_ROWS));
        assertThatIllegalArgumentException().isThrownBy(() -> new SheetSpec<>("x".repeat(32), columns, NO_ROWS));
    }

    @Test
    void rejects_missing_parts() {
        List<ColumnSpec<String>> columns = List.of(ColumnSpec.text("Name", s -> s));
        assertThatNullPointerException().isThrownBy(() -> new SheetSpec<>("Members", null, NO_ROWS));
        assertThatNullPointerException().isThrownBy(() -> new SheetSpec<>("Members", columns, null));
        assertThatNullPointerException().isThrownBy(() -> new SheetSpec<>((SheetName) null, columns, NO_ROWS));
    }
}
