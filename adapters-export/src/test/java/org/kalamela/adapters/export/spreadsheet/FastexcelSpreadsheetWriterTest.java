package org.kalamela.adapters.export.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.ColumnType;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.domain.shared.value.Money;

class FastexcelSpreadsheetWriterTest {

    record Entry(String name, Integer chestNumber, BigDecimal score, Money fee, LocalDate registeredOn,
            Boolean paid) {
    }

    static final List<ColumnSpec<Entry>> ENTRY_COLUMNS = List.of(
            ColumnSpec.text("Name", Entry::name),
            ColumnSpec.number("Chest number", Entry::chestNumber),
            ColumnSpec.number("Score", Entry::score),
            ColumnSpec.money("Fee", Entry::fee),
            ColumnSpec.date("Registered on", Entry::registeredOn),
            ColumnSpec.flag("Paid", Entry::paid));

    private static final Entry ANJU = new Entry("Anju Mathew", 101, new BigDecimal("87.50"), Money.of("1250.00"),
            LocalDate.of(2025, 11, 1), true);
    private static final Entry BIJU = new Entry("ബിജു & <Co>", 102, new BigDecimal("9E+1"), Money.of("0.50"),
            LocalDate.of(2024, 2, 29), false);
    private static final Entry BLANK = new Entry(null, 103, null, null, null, null);

    private final FastexcelSpreadsheetWriter writer = new FastexcelSpreadsheetWriter();

    static XlsxFile write(FastexcelSpreadsheetWriter writer, Spreadsheet spreadsheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, spreadsheet);
        return new XlsxFile(out.toByteArray());
    }

    private static List<Row> rowsOf(XlsxFile file, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = file.open()) {
            return workbook.findSheet(sheetName).orElseThrow().read();
        }
    }

    private static SheetSpec<Entry> entries(String name, Entry... rows) {
        return new SheetSpec<>(name, ENTRY_COLUMNS, RowSource.of(List.of(rows)));
    }

    @Test
    void the_first_row_holds_the_headers_and_each_row_follows_in_order() throws IOException {
        List<Row> rows = rowsOf(write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU, BLANK))), "Entries");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).stream().map(c -> c.asString()))
                .containsExactly("Name", "Chest number", "Score", "Fee", "Registered on", "Paid");
        assertThat(rows).extracting(r -> r.getCellText(1)).containsExactly("Chest number", "101", "102", "103");
    }

    @Test
    void text_is_written_as_strings_in_any_script_and_with_markup_characters() throws IOException {
        List<Row> rows = rowsOf(write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU))), "Entries");

        assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(rows.get(1).getCellAsString(0)).contains("Anju Mathew");
        assertThat(rows.get(2).getCellAsString(0)).contains("ബിജു & <Co>");
    }

    @Test
    void numbers_are_numeric_cells_with_their_exact_value() throws IOException {
        List<Row> rows = rowsOf(write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU))), "Entries");

        assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("101"));
        assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(
                n -> assertThat(n).isEqualByComparingTo("87.5"));
        assertThat(rows.get(2).getCellRawValue(2)).contains("90");
    }

    @Test
    void money_is_a_number_shown_with_two_decimal_places() throws IOException {
        List<Row> rows = rowsOf(write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU))), "Entries");

        assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCellAsNumber(3)).hasValueSatisfying(
                n -> assertThat(n).isEqualByComparingTo("1250.00"));
        assertThat(rows.get(2).getCellAsNumber(3)).hasValueSatisfying(
                n -> assertThat(n).isEqualByComparingTo("0.50"));
        assertThat(rows.get(1).getCell(3).getDataFormatString()).isEqualTo(Cells.MONEY_FORMAT);
    }

    @Test
    void dates_are_date_cells_in_year_month_day_format() throws IOException {
        List<Row> rows = rowsOf(write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU))), "Entries");

        assertThat(rows.get(1).getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(rows.get(1).getCellAsDate(4)).contains(LocalDate.of(2025, 11, 1).atStartOfDay());
        assertThat(rows.get(2).getCellAsDate(4)).contains(LocalDate.of(2024, 2, 29).atStartOfDay());
    }

    @Test
    void booleans_are_boolean_cells() throws IOException {
        List<Row> rows = rowsOf(write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU))), "Entries");

        assertThat(rows.get(1).getCell(5).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(rows.get(1).getCellAsBoolean(5)).contains(true);
        assertThat(rows.get(2).getCellAsBoolean(5)).contains(false);
    }

    @Test
    void missing_values_leave_the_cells_empty() throws IOException {
        Row blank = rowsOf(write(writer, Spreadsheet.of(entries("Entries", BLANK))), "Entries").get(1);

        assertThat(blank.getCellText(1)).isEqualTo("103");
        for (int column : new int[] {0, 2, 3, 4, 5}) {
            assertThat(blank.getOptionalCell(column).map(Cell::getType).orElse(CellType.EMPTY))
                    .as("column %d", column).isEqualTo(CellType.EMPTY);
        }
    }

    @Test
    void each_sheet_becomes_a_worksheet_in_order_with_its_own_rows() throws IOException {
        SheetSpec<String> districts = new SheetSpec<>("Districts",
                List.of(ColumnSpec.text("District", d -> d)), RowSource.of(List.of("Kottayam", "Thiruvalla")));
        XlsxFile file = write(writer, Spreadsheet.of(entries("Entries", ANJU, BIJU, BLANK), districts,
                entries("No entries")));

        try (ReadableWorkbook workbook = file.open()) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("Entries", "Districts", "No entries");
        }
        assertThat(rowsOf(file, "Entries")).hasSize(4);
        assertThat(rowsOf(file, "Districts")).extracting(r -> r.getCellText(0))
                .containsExactly("District", "Kottayam", "Thiruvalla");
        assertThat(rowsOf(file, "No entries")).singleElement()
                .satisfies(header -> assertThat(header.getCellText(0)).isEqualTo("Name"));
    }

    @Test
    void a_value_that_does_not_fit_its_column_stops_the_export() {
        SheetSpec<Entry> wrong = new SheetSpec<>("Entries",
                List.of(new ColumnSpec<Entry>("Registered on", Entry::name, ColumnType.DATE)),
                RowSource.of(List.of(ANJU)));

        assertThatIllegalStateException()
                .isThrownBy(() -> writer.write(new ByteArrayOutputStream(), Spreadsheet.of(wrong)))
                .withMessageContaining("Registered on");
    }

    @Test
    void the_output_stream_is_left_open_for_the_caller() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        writer.write(out, Spreadsheet.of(entries("Entries", ANJU)));

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }
}
