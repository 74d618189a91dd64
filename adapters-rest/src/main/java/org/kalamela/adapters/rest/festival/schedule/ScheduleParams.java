package org.kalamela.adapters.rest.festival.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.kalamela.adapters.rest.shared.input.EnumParameters;
import org.kalamela.domain.festival.schedule.PerformanceStatus;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;

/** Reads the schedule's parameters and fields: days, stage ids, instants and statuses, strictly. */
final class ScheduleParams {

    private static final Pattern INSTANT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private ScheduleParams() {
    }

    static StageId stagePath(long id) {
        if (id <= 0) {
            throw new NotFound("Stage", id);
        }
        return StageId.of(id);
    }

    /** A day named {@code YYYY-MM-DD}; null when not given. */
    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // an impossible date (2026-02-30) is refused below like any other bad text
        }
        throw InvalidInput.field(field, "must be a date YYYY-MM-DD");
    }

    static StageId stage(Long id, String field) {
        if (id == null) {
            return null;
        }
        if (id <= 0) {
            throw InvalidInput.field(field, "must be a positive id");
        }
        return StageId.of(id);
    }

    /** An instant in ISO-8601 with a zone ({@code 2026-12-10T03:30:00Z}); null when not given. */
    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (INSTANT.matcher(text).matches()) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException e) {
            // an impossible instant is refused below like any other bad text
        }
        throw InvalidInput.field(field, "must be an instant in ISO-8601 form with a zone, e.g. 2026-12-10T03:30:00Z");
    }

    static PerformanceStatus status(String value, String field) {
        return EnumParameters.optional(value, PerformanceStatus.class, field).orElse(null);
    }
}
