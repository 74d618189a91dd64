package org.kalamela.application.shared.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one clock of every test, in UTC, that only a test moves forward, so that lockouts and token lifetimes
 * can be tested to the second. Use-case tests take one that stands still ({@code new TestClock()}), starting
 * on whole microseconds, the precision PostgreSQL keeps, like a real clock on Linux; the HTTP tests take one
 * that follows the system time ({@link #followingSystemTime()}), since the database and the server stamp
 * rows with it too, shifted by whatever a test advanced until it calls {@link #reset()}.
 */
public class TestClock extends Clock {

    public static final Instant DEFAULT_START = Instant.parse("2026-01-15T09:30:00Z");

    /** Where {@link #reset()} goes back to: an instant, or {@code null} for the system time. */
    private final Instant start;
    private Instant base;
    private Duration offset = Duration.ZERO;

    public TestClock() {
        this(DEFAULT_START);
    }

    public TestClock(Instant start) {
        this(Objects.requireNonNull(start, "start"), true);
    }

    private TestClock(Instant start, boolean standsStill) {
        this.start = standsStill ? start : null;
        this.base = this.start;
    }

    /** A clock on the system time, until a test advances or sets it. */
    public static TestClock followingSystemTime() {
        return new TestClock(null, false);
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        offset = offset.plus(by);
    }

    /** Stands the clock still at {@code instant}. */
    public synchronized void set(Instant instant) {
        base = Objects.requireNonNull(instant, "instant");
        offset = Duration.ZERO;
    }

    /** Undoes every advance and set: back to the start (or the system time). */
    public synchronized void reset() {
        base = start;
        offset = Duration.ZERO;
    }

    @Override
    public synchronized Instant instant() {
        return (base == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : base).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Clock self = this;
        // Same moving instant, seen from another zone (what LocalDate.now(clock) uses).
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
