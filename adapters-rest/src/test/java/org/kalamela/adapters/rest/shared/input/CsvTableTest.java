package org.kalamela.adapters.rest.shared.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
}
