package org.kalamela.domain.registry.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A person's age in whole years on a given day: a year older on the birthday itself, not the day before.
 * Someone born on 29 February turns a year older on 1 March in other years. The age ranges of list filters
 * are turned into ranges of birth dates with the same rule, so a filter and the age it shows agree.
 */
public final class Age {

    /** No one is older: an age filter above it is a mistake, not a wish for the Middle Ages. */
    public static final int MAX_YEARS = 150;

    private Age() {
    }

    public static int of(LocalDate dateOfBirth, LocalDate on) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("no age before birth: born " + dateOfBirth + ", asked on " + on);
        }
        return Period.between(dateOfBirth, on).getYears();
    }

    /** The latest birth date of someone at least {@code years} old on the day. */
    public static LocalDate latestBirthDateFor(int years, LocalDate on) {
        return on.minusYears(years);
    }

    /** The earliest birth date of someone at most {@code years} old on the day. */
    public static LocalDate earliestBirthDateFor(int years, LocalDate on) {
        return on.minusYears(years + 1L).plusDays(1);
    }
}
