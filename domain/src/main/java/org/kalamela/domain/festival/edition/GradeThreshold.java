package org.kalamela.domain.festival.edition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A grade, the lowest mark that earns it and the points it is worth: A from 60 is worth 5. The mark is kept
 * with two decimals, as marks are, so that 60 and 60.00 are the same threshold after a round trip through
 * the database.
 */
public record GradeThreshold(String grade, BigDecimal minimumMark, int points) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public GradeThreshold {
        new Validation()
                .check(grade != null && grade.matches("[A-Z][A-Z+-]{0,2}"), "grade",
                        "must be an upper-case letter, optionally followed by + or -")
                .required(minimumMark, "minimumMark")
                .check(minimumMark == null || minimumMark.signum() >= 0 && minimumMark.compareTo(HUNDRED) <= 0,
                        "minimumMark", "must be between 0 and 100")
                .check(minimumMark == null || minimumMark.stripTrailingZeros().scale() <= 2, "minimumMark",
                        "has at most two decimals")
                .check(points >= 0, "points", "must be 0 or more")
                .throwIfInvalid();
        minimumMark = minimumMark.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static GradeThreshold of(String grade, int minimumMark, int points) {
        return new GradeThreshold(grade, BigDecimal.valueOf(minimumMark), points);
    }
}
