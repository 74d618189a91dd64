package org.kalamela.adapters.persistence.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals ({@code {"A","B",NULL}}) for binding a whole column of values as one parameter:
 * a batch of rows is written by one {@code INSERT ... SELECT ... FROM unnest(cast(?1 as text[]), ...)}, one
 * round trip whatever the number of rows. Every element is quoted (backslashes and quotes escaped), so any
 * text, Malayalam and commas included, reads back as it was; {@code null} becomes SQL NULL.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String of(Collection<?> values) {
        return values.stream().map(SqlArrays::element).collect(Collectors.joining(",", "{", "}"));
    }

    private static String element(Object value) {
        if (value == null) {
            return "NULL";
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
