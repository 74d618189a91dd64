package org.kalamela.application.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.kalamela.domain.shared.value.Money;

/**
 * One column of an exported sheet: its header, how to read its value from a row, and the type of cell.
 * Prefer the typed factories ({@link #text}, {@link #number}, ...): they let the compiler check that the
 * value matches the type; the constructor checks it only when a row is written.
 *
 * @param <T> the row type
 */
public record ColumnSpec<T>(String header, Function<? super T, ?> value, ColumnType type) {

    public ColumnSpec {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("a column needs a header");
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
    }

    public static <T> ColumnSpec<T> text(String header, Function<? super T, String> value) {
        return new ColumnSpec<>(header, value, ColumnType.TEXT);
    }

    public static <T> ColumnSpec<T> number(String header, Function<? super T, ? extends Number> value) {
        return new ColumnSpec<>(header, value, ColumnType.NUMBER);
    }

    public static <T> ColumnSpec<T> money(String header, Function<? super T, Money> value) {
        return new ColumnSpec<>(header, value, ColumnType.MONEY);
    }

    public static <T> ColumnSpec<T> date(String header, Function<? super T, LocalDate> value) {
        return new ColumnSpec<>(header, value, ColumnType.DATE);
    }

    public static <T> ColumnSpec<T> flag(String header, Function<? super T, Boolean> value) {
        return new ColumnSpec<>(header, value, ColumnType.BOOLEAN);
    }

    /**
     * The cell value of this column for a row, {@code null} for an empty cell.
     *
     * @throws IllegalStateException if the value does not fit the column type (a bug in the export)
     */
    public Object valueOf(T row) {
        Object cell = value.apply(row);
        if (!type.accepts(cell)) {
            throw new IllegalStateException("column '" + header + "' is of type " + type
                    + " but a row gave a " + cell.getClass().getSimpleName());
        }
        return cell;
    }
}
