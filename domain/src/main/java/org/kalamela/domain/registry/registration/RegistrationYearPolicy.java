package org.kalamela.domain.registry.registration;

import java.time.LocalDate;
import java.util.Objects;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * A unit's registration year is plausible from the rules' earliest year up to next year: registration
 * for a year opens in the last weeks of the year before, so the coming year is a legitimate answer.
 */
public final class RegistrationYearPolicy {

    private final RegistryRules rules;

    public RegistrationYearPolicy(RegistryRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Throws a field error on {@code registrationYear} unless the year is plausible on {@code today}. */
    public void check(int year, LocalDate today) {
        int latest = today.getYear() + 1;
        if (year < rules.earliestRegistrationYear() || year > latest) {
            throw InvalidInput.field("registrationYear",
                    "must be from " + rules.earliestRegistrationYear() + " to " + latest);
        }
    }
}
