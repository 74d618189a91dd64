package org.kalamela.application.export;

import java.util.function.Consumer;

/**
 * The rows of an exported sheet, pushed one at a time into a sink so they never need to be held in
 * memory together: a persistence adapter can feed a database cursor straight into the spreadsheet writer,
 * opening and closing it around the loop.
 *
 * @param <T> the row type
 */
public interface RowSource<T> {

    /** Passes every row, in order, to the sink; called once per export. */
    void forEach(Consumer<? super T> sink);

    /** Rows that are already in memory (small lists, tests). */
    static <T> RowSource<T> of(Iterable<? extends T> rows) {
        return sink -> rows.forEach(sink);
    }
}
