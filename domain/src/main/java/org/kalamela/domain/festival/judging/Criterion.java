package org.kalamela.domain.festival.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kalamela.domain.shared.validation.Validation;

/**
 * One thing an event is marked on ("Sruthi", "Expression"), with the most a judge may give for it. The
 * maximum has at most two decimals, as marks do, and is kept with two so 25 and 25.00 are equal.
 */
public record Criterion(String name, BigDecimal maximum) {

    public static final int MAX_NAME_LENGTH = 60;
    static final BigDecimal HUNDRED = new BigDecimal("100.00");

    public Criterion {
        name = name == null ? null : name.trim();
        new Validation()
                .required(name, "name")
                .check(name == null || name.length() <= MAX_NAME_LENGTH, "name",
                        "must be at most " + MAX_NAME_LENGTH + " characters")
                .required(maximum, "maximum")
                .check(maximum == null || maximum.signum() > 0 && maximum.compareTo(HUNDRED) <= 0, "maximum",
                        "must be more than 0 and at most 100")
                .check(maximum == null || maximum.stripTrailingZeros().scale() <= 2, "maximum",
                        "has at most two decimals")
                .throwIfInvalid();
        maximum = maximum.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Criterion of(String name, int maximum) {
        return new Criterion(name, BigDecimal.valueOf(maximum));
    }
}
