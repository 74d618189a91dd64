package org.kalamela.application.document;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a printed table: its header, its share of the page's width, and the text of each row's cell
 * (blank for the columns a judge or an official fills in by hand).
 *
 * @param width the column's width relative to the others (a column of width 2 is twice as wide as one of 1)
 */
public record PrintedColumn<T>(String header, float width, Function<? super T, String> text) {

    public PrintedColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(text, "text");
        if (!(width > 0)) {
            throw new IllegalArgumentException("column '" + header + "' needs a positive width, not " + width);
        }
    }

    /** A column left empty on every row, to be filled in by hand (marks, a signature). */
    public static <T> PrintedColumn<T> blank(String header, float width) {
        return new PrintedColumn<>(header, width, row -> "");
    }
}
