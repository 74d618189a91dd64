package org.kalamela.adapters.export.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Worksheet;
import org.kalamela.application.export.ColumnType;
import org.kalamela.domain.shared.value.Money;

/** Writes one value as the kind of cell its column type calls for. */
final class Cells {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String MONEY_FORMAT = "#,##0.00";

    private Cells() {
    }

    static void write(Worksheet worksheet, int row, int column, ColumnType type, Object value) {
        switch (type) {
            // Inline rather than shared strings: the shared-string table stays in memory until the end.
            case TEXT -> worksheet.inlineString(row, column, (String) value);
            case NUMBER -> worksheet.value(row, column, plain((Number) value));
            case MONEY -> {
                worksheet.value(row, column, ((Money) value).amount());
                worksheet.style(row, column).format(MONEY_FORMAT).set();
            }
            case DATE -> {
                worksheet.value(row, column, (LocalDate) value);
                worksheet.style(row, column).format(DATE_FORMAT).set();
            }
            case BOOLEAN -> worksheet.value(row, column, (Boolean) value);
        }
    }

    /** fastexcel writes a BigDecimal with toString(), which turns a negative scale into an exponent. */
    private static Number plain(Number number) {
        if (number instanceof BigDecimal decimal && decimal.scale() < 0) {
            return decimal.setScale(0);
        }
        return number;
    }
}
