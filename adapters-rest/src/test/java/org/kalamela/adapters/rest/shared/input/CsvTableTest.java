package org.kalamela.adapters.rest.shared.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.InvalidRows;

class CsvTableTest {

    @Test
    void utf8IsReadAndAnythingElseIsRefusedNeverReplaced() {
        assertThat(CsvTable.decode("unit\nമാർ തോമ\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("unit\nമാർ തോമ\n");
        byte[] latin1 = "unit\nSt. Thom\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvTable.decode(latin1)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo("FILE_NOT_UTF8");
            assertThat(e.errors().get(0).field()).isEqualTo("file");
            assertThat(e.errors().get(0).message()).contains("offset 13");
        });
    }

    @Test
    void aCellWithAControlCharacterIsRefusedByLineAndLineBreaksInQuotesAreText() {
        CsvTable table = CsvTable.parse("unit,address\nA,\"two\nlines\"\n");
        assertThat(table.cell(0, Optional.of(1))).isEqualTo("two\nlines");
        assertThatThrownBy(() -> CsvTable.parse("unit\nA\n\nB\u0000\n")).isInstanceOfSatisfying(InvalidRows.class,
                e -> {
                    assertThat(e.badRows()).isEqualTo(1);
                    assertThat(e.errors()).extracting(FieldError::message)
                            .containsExactly("line 4, column 1: must not contain control characters (U+0000 at "
                                    + "position 2)");
                });
    }

    @Test
    void aByteOrderMarkIsDroppedAndColumnsAreFoundIgnoringCaseSpacesUnderscoresAndHyphens() {
        CsvTable table = CsvTable.parse("\uFEFFDistrict,Conference Official-Limit\nADOOR,5\n");
        assertThat(table.column(List.of("district"), true, "district")).contains(0);
        assertThat(table.cell(0, "conference_official_limit")).isEqualTo("5");
        assertThat(table.cell(0, "missing")).isNull();
        assertThatThrownBy(() -> table.column(List.of("unit"), true, "unit"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("file", "has no column unit")));
    }

    @Test
    void quotedCommasAndDoubledQuotesAreTextAndCellsAreTrimmedToNullWhenBlank() {
        CsvTable table = CsvTable.parse("name,note\n\"Pathanamthitta, East\",\"say \"\"hi\"\"\"\n  ,\n");
        assertThat(table.cell(0, "name")).isEqualTo("Pathanamthitta, East");
        assertThat(table.cell(0, "note")).isEqualTo("say \"hi\"");
        assertThat(table.cell(1, "name")).isNull();
        assertThat(table.cell(1, Optional.of(5))).isNull();
    }

    @Test
    void eachRecordKeepsTheLineItStartsOnWithCrlfLfOrLoneCrLineEnds() {
        CsvTable table = CsvTable.parse("unit\r\nA\r\n\r\n\"B\nstill B\"\nC\rD\r\r   \rE");
        assertThat(table.size()).isEqualTo(5);
        assertThat(List.of(table.line(0), table.line(1), table.line(2), table.line(3), table.line(4)))
                .containsExactly(2, 4, 6, 7, 10);
        assertThat(table.cell(4, "unit")).isEqualTo("E");
    }

    @Test
    void aQuotedEmptyCellIsARecordButALineOfBlanksIsSkipped() {
        CsvTable table = CsvTable.parse("unit\n\"\"\n \t \nA\n");
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.cell(0, "unit")).isNull();
        assertThat(table.line(1)).isEqualTo(4);
    }

    @Test
    void anEmptyFileAndAnUnclosedQuoteAreFieldErrorsOnTheFile() {
        assertThatThrownBy(() -> CsvTable.parse("\uFEFF\n\n", List.of("kind", "name")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("file", "is empty; the first line names the columns kind,name")));
        assertThatThrownBy(() -> CsvTable.parse(null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CsvTable.parse("unit\n\"open\n"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("file", "has a quoted field that is never closed")));
    }

    @Test
    void textAfterAClosingQuoteJoinsTheField() {
        assertThat(CsvTable.parse("unit\n\"St. \"Thomas,x\n").cell(0, Optional.of(0))).isEqualTo("St. Thomas");
    }
}
