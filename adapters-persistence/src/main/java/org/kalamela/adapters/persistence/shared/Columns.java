package org.kalamela.adapters.persistence.shared;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Reads the values of a native query's row. The JDBC driver and Hibernate may hand numbers, dates and
 * instants over as different Java types depending on the column and settings, so each reader accepts them all.
 */
public final class Columns {

    private Columns() {
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static int integer(Object value) {
        return ((Number) value).intValue();
    }

    /** A nullable whole number. */
    public static Integer optionalInteger(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }

    public static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }

    public static Instant instant(Object value) {
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
