package org.kalamela.domain.festival.schedule;

import java.time.Duration;

/**
 * How long an event takes on its stage. An on-stage event takes so many minutes per performance (an entry or a
 * team on stage), so its length follows the number of entries; an off-stage event (written, drawing) has a
 * fixed length whoever takes part.
 */
public sealed interface Timing {

    /** DOMAIN.md's per-event default for an on-stage event, used when the admin names no other. */
    int DEFAULT_MINUTES_PER_PERFORMANCE = 10;

    /** The planned length of the event when {@code performances} entries or teams take part. */
    Duration plannedLength(int performances);

    static Timing perPerformance(int minutes) {
        return new PerPerformance(minutes);
    }

    static Timing fixed(int minutes) {
        return new Fixed(minutes);
    }

    record PerPerformance(int minutes) implements Timing {
        public PerPerformance {
            requirePositive(minutes);
        }

        @Override
        public Duration plannedLength(int performances) {
            if (performances < 0) {
                throw new IllegalArgumentException("performances are never negative: " + performances);
            }
            return Duration.ofMinutes((long) minutes * performances);
        }
    }

    record Fixed(int minutes) implements Timing {
        public Fixed {
            requirePositive(minutes);
        }

        @Override
        public Duration plannedLength(int performances) {
            return Duration.ofMinutes(minutes);
        }
    }

    private static void requirePositive(int minutes) {
        if (minutes < 1 || minutes > 24 * 60) {
            throw new IllegalArgumentException("minutes are between 1 and a day: " + minutes);
        }
    }
}
