package org.kalamela.application.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import org.kalamela.domain.shared.value.Money;

/**
 * What a spreadsheet column holds, so the cell is written as a real number, date or truth value that a
 * reader can sort and sum, not as text.
 */
public enum ColumnType {
    /** Text, written as typed. */
    TEXT,
    /**
     * An exact whole or decimal number ({@link Integer}, {@link Long}, {@link Short}, {@link Byte},
     * {@link BigInteger}, {@link BigDecimal}). Doubles are refused: a count or a score must not turn into
     * {@code 0.30000000000000004} on the way to the sheet.
     */
    NUMBER,
    /** {@link Money}, written as a number shown with two decimal places. */
    MONEY,
    /** A {@link LocalDate}, written as a date cell shown as {@code yyyy-mm-dd}. */
    DATE,
    /** A {@link Boolean}, written as TRUE or FALSE. */
    BOOLEAN;

    /** Whether a column of this type can hold the value; {@code null} (an empty cell) fits every type. */
    public boolean accepts(Object value) {
        if (value == null) {
            return true;
        }
        return switch (this) {
            case TEXT -> value instanceof String;
            case NUMBER -> value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal;
            case MONEY -> value instanceof Money;
            case DATE -> value instanceof LocalDate;
            case BOOLEAN -> value instanceof Boolean;
        };
    }
}
