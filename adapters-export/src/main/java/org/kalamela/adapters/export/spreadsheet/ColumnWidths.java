package org.kalamela.adapters.export.spreadsheet;

import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.ColumnType;
import org.kalamela.domain.shared.value.Money;

/**
 * Sizes each column to its longest header or value, in characters, within bounds so one long remark
 * cannot make a column wider than the screen.
 */
final class ColumnWidths {

    static final int MIN_WIDTH = 8;
    static final int MAX_WIDTH = 60;
    private static final int PADDING = 2;
    private static final int BOLD_ALLOWANCE = 1;
    private static final int DATE_LENGTH = "yyyy-mm-dd".length();
    private static final int BOOLEAN_LENGTH = "FALSE".length();

    private final int[] longest;

    ColumnWidths(List<? extends ColumnSpec<?>> columns) {
        longest = new int[columns.size()];
        for (int column = 0; column < longest.length; column++) {
            String header = columns.get(column).header();
            longest[column] = header.codePointCount(0, header.length()) + BOLD_ALLOWANCE;
        }
    }

    void measure(int column, ColumnType type, Object value) {
        longest[column] = Math.max(longest[column], displayLength(type, value));
    }

    void applyTo(Worksheet worksheet) {
        for (int column = 0; column < longest.length; column++) {
            worksheet.width(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest[column] + PADDING)));
        }
    }

    private static int displayLength(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> ((String) value).codePointCount(0, ((String) value).length());
            case NUMBER -> value instanceof BigDecimal decimal
                    ? decimal.toPlainString().length() : value.toString().length();
            case MONEY -> withThousandsSeparators(((Money) value).amount());
            case DATE -> DATE_LENGTH;
            case BOOLEAN -> BOOLEAN_LENGTH;
        };
    }

    private static int withThousandsSeparators(BigDecimal amount) {
        int integerDigits = Math.max(1, amount.precision() - amount.scale());
        return amount.toPlainString().length() + (integerDigits - 1) / 3;
    }
}
