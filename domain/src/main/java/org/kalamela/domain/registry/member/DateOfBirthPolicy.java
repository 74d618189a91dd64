package org.kalamela.domain.registry.member;

import java.time.LocalDate;
import java.util.Objects;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * A member's date of birth is plausible: not in the future, and the member is between the rules' minimum
 * and maximum age (both inclusive) on the day it is entered. It catches a mistyped year, which would
 * otherwise put a member in the wrong seniority or none.
 */
public final class DateOfBirthPolicy {

    private final RegistryRules rules;

    public DateOfBirthPolicy(RegistryRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Throws a field error on {@code field} unless the date is plausible on {@code today}. */
    public void check(LocalDate dateOfBirth, LocalDate today, String field) {
        if (dateOfBirth == null) {
            throw InvalidInput.field(field, "is required");
        }
        if (dateOfBirth.isAfter(today)) {
            throw InvalidInput.field(field, "must not be in the future");
        }
        int age = Age.of(dateOfBirth, today);
        if (age < rules.minimumMemberAge() || age > rules.maximumMemberAge()) {
            throw InvalidInput.field(field, "gives an age of " + age + "; members are "
                    + rules.minimumMemberAge() + " to " + rules.maximumMemberAge() + " years old");
        }
    }
}
