package org.kalamela.adapters.export.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What fastexcel-reader does not expose (fonts, frozen panes, column widths) is checked in the XML parts
 * of the file, where Excel reads it.
 */
class WorksheetLayoutTest {

    private record Remark(String unit, String remark) {
    }

    private static final String LONG_REMARK = "x".repeat(200);

    private final FastexcelSpreadsheetWriter writer = new FastexcelSpreadsheetWriter();

    private XlsxFile writeRemarks(List<Remark> rows) {
        SheetSpec<Remark> sheet = new SheetSpec<>("Remarks",
                List.of(ColumnSpec.text("Unit", Remark::unit), ColumnSpec.text("Remark", Remark::remark),
                        ColumnSpec.text("Chest number of the participant", r -> "1")),
                RowSource.of(rows));
        return FastexcelSpreadsheetWriterTest.write(writer, Spreadsheet.of(sheet));
    }

    @Test
    void the_header_row_is_bold_and_the_data_rows_are_not() {
        XlsxFile file = writeRemarks(List.of(new Remark("Kumarakom", "late")));
        Document sheet = file.part("xl/worksheets/sheet1.xml");
        Document styles = file.part("xl/styles.xml");

        for (Element cell : cellsOfRow(sheet, "1")) {
            assertThat(isBold(styles, cell)).as("header cell %s", cell.getAttribute("r")).isTrue();
        }
        for (Element cell : cellsOfRow(sheet, "2")) {
            assertThat(isBold(styles, cell)).as("data cell %s", cell.getAttribute("r")).isFalse();
        }
    }

    @Test
    void the_header_row_is_frozen() {
        Document sheet = writeRemarks(List.of(new Remark("Kumarakom", "late"))).part("xl/worksheets/sheet1.xml");

        Element pane = (Element) sheet.getElementsByTagName("pane").item(0);
        assertThat(pane).isNotNull();
        assertThat(pane.getAttribute("state")).isEqualTo("frozen");
        assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
        assertThat(pane.getAttribute("topLeftCell")).isEqualTo("A2");
        assertThat(pane.getAttribute("xSplit")).isIn("", "0");
    }

    @Test
    void columns_are_sized_to_header_and_content_within_bounds() {
        XlsxFile file = writeRemarks(List.of(new Remark("Kumarakom", LONG_REMARK), new Remark("Pala", "late")));

        List<Double> widths = columnWidths(file.part("xl/worksheets/sheet1.xml"));

        assertThat(widths.get(0)).isEqualTo("Kumarakom".length() + 2.0);
        assertThat(widths.get(1)).isEqualTo(ColumnWidths.MAX_WIDTH);
        assertThat(widths.get(2)).isEqualTo("Chest number of the participant".length() + 3.0);
    }

    @Test
    void a_narrow_column_still_gets_the_minimum_width() {
        SheetSpec<Integer> sheet = new SheetSpec<>("Numbers", List.of(ColumnSpec.number("N", n -> n)),
                RowSource.of(List.of(1, 2)));
        XlsxFile file = FastexcelSpreadsheetWriterTest.write(writer, Spreadsheet.of(sheet));

        assertThat(columnWidths(file.part("xl/worksheets/sheet1.xml")))
                .containsExactly((double) ColumnWidths.MIN_WIDTH);
    }

    @Test
    void widths_are_measured_on_the_first_batch_of_rows_only() {
        int firstBatch = FastexcelSpreadsheetWriter.ROWS_PER_FLUSH;
        List<Remark> rows = IntStream.rangeClosed(1, firstBatch + 1)
                .mapToObj(i -> new Remark("Pala", i > firstBatch ? LONG_REMARK : "late")).toList();

        List<Double> widths = columnWidths(writeRemarks(rows).part("xl/worksheets/sheet1.xml"));

        assertThat(widths.get(1)).isEqualTo("Remark".length() + 3.0);
    }

    private static List<Element> cellsOfRow(Document sheet, String rowNumber) {
        NodeList rows = sheet.getElementsByTagName("row");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getAttribute("r").equals(rowNumber)) {
                return elements(row.getElementsByTagName("c"));
            }
        }
        throw new AssertionError("no row " + rowNumber);
    }

    private static boolean isBold(Document styles, Element cell) {
        String style = cell.getAttribute("s");
        int styleIndex = style.isEmpty() ? 0 : Integer.parseInt(style);
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        Element xf = elements(cellXfs.getElementsByTagName("xf")).get(styleIndex);
        int fontIndex = Integer.parseInt(xf.getAttribute("fontId"));
        Element font = elements(styles.getElementsByTagName("font")).get(fontIndex);
        return font.getElementsByTagName("b").getLength() > 0;
    }

    private static List<Double> columnWidths(Document sheet) {
        return elements(sheet.getElementsByTagName("col")).stream()
                .map(col -> Double.parseDouble(col.getAttribute("width"))).toList();
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}
