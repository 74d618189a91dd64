package org.kalamela.adapters.export.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.kalamela.adapters.export.spreadsheet.FastexcelSpreadsheetWriterTest.Entry;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.domain.shared.value.Money;

/**
 * An export much larger than any batch: rows are made one at a time, as a database cursor would give them.
 */
class LargeExportTest {

    private static final int ROWS = 200_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private final FastexcelSpreadsheetWriter writer = new FastexcelSpreadsheetWriter();

    private static Entry entry(int i) {
        return new Entry("Participant " + i, i, BigDecimal.valueOf(i % 100), Money.of(i % 500),
                FIRST_DAY.plusDays(i % 365), i % 2 == 0);
    }

    private static SheetSpec<Entry> participants(RowSource<Entry> rows) {
        return new SheetSpec<>("Participants", FastexcelSpreadsheetWriterTest.ENTRY_COLUMNS, rows);
    }

    @Test
    void streams_two_hundred_thousand_rows_and_reads_them_all_back() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] bytesWrittenHalfway = {0};
        RowSource<Entry> cursor = sink -> {
            for (int i = 1; i <= ROWS; i++) {
                if (i == ROWS / 2) {
                    bytesWrittenHalfway[0] = out.size();
                }
                sink.accept(entry(i));
            }
        };

        writer.write(out, Spreadsheet.of(participants(cursor)));

        assertThat(bytesWrittenHalfway[0]).as("bytes on the output while rows were still coming").isPositive();
        try (ReadableWorkbook workbook = new XlsxFile(out.toByteArray()).open();
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            assertThat(iterator.next().getCellText(0)).isEqualTo("Name");
            int count = 0;
            Row last = null;
            while (iterator.hasNext()) {
                last = iterator.next();
                count++;
                if (count == 1) {
                    assertThat(last.getCellText(0)).isEqualTo("Participant 1");
                }
            }
            assertThat(count).isEqualTo(ROWS);
            assertThat(last.getRowNum()).isEqualTo(ROWS + 1);
            assertThat(last.getCellText(0)).isEqualTo("Participant " + ROWS);
            assertThat(last.getCellAsNumber(1)).contains(BigDecimal.valueOf(ROWS));
            assertThat(last.getCellAsDate(4)).contains(entry(ROWS).registeredOn().atStartOfDay());
            assertThat(last.getCellAsBoolean(5)).contains(true);
        }
    }

    @Test
    void a_sheet_with_rows_past_several_batches_keeps_every_row_in_place() throws IOException {
        int rows = FastexcelSpreadsheetWriter.ROWS_PER_FLUSH * 3 + 7;
        List<Entry> entries = IntStream.rangeClosed(1, rows).mapToObj(LargeExportTest::entry).toList();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, Spreadsheet.of(participants(RowSource.of(entries))));

        try (ReadableWorkbook workbook = new XlsxFile(out.toByteArray()).open()) {
            List<Row> read = workbook.getFirstSheet().read();
            assertThat(read).hasSize(rows + 1);
            for (int i = 1; i <= rows; i++) {
                assertThat(read.get(i).getRowNum()).isEqualTo(i + 1);
                assertThat(read.get(i).getCellText(1)).isEqualTo(Integer.toString(i));
            }
        }
    }
}
