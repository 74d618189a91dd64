package org.kalamela.domain.festival.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A festival day: a date in the festival's time zone (India Standard Time, where the festival takes place),
 * from its midnight (inclusive) to the next (exclusive). A slot belongs to every day it overlaps, so an event
 * running past midnight is on both days and its clashes with the next day's events are found on that day.
 */
public record ScheduleDay(LocalDate date) {

    public static final ZoneId FESTIVAL_ZONE = ZoneId.of("Asia/Kolkata");

    public ScheduleDay {
        Objects.requireNonNull(date, "date");
    }

    public static ScheduleDay of(LocalDate date) {
        return new ScheduleDay(date);
    }

    /** The day on which the instant falls. */
    public static ScheduleDay containing(Instant instant) {
        return new ScheduleDay(LocalDate.ofInstant(instant, FESTIVAL_ZONE));
    }

    public Instant begins() {
        return date.atStartOfDay(FESTIVAL_ZONE).toInstant();
    }

    public Instant ends() {
        return date.plusDays(1).atStartOfDay(FESTIVAL_ZONE).toInstant();
    }

    /** Whether the slot runs on this day; a slot without length counts on the day it starts. */
    public boolean holds(Slot slot) {
        if (!slot.hasLength()) {
            return !slot.start().isBefore(begins()) && slot.start().isBefore(ends());
        }
        return slot.start().isBefore(ends()) && slot.end().isAfter(begins());
    }
}
