package org.kalamela.adapters.persistence.registry.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Reads the values of a native query's row. The JDBC driver and Hibernate may hand dates and instants over
 * as {@code java.sql} or {@code java.time} types depending on settings, so both are accepted.
 */
final class Columns {

    private Columns() {
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("not an instant: " + value);
    }
}
