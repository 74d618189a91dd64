package org.kalamela.domain.festival.edition;

import java.time.LocalDate;
import org.kalamela.domain.shared.error.InvalidInput;

/** Dates of birth from {@code from} to {@code to}, both inclusive, as the edition's age rules state them. */
public record BirthDateRange(LocalDate from, LocalDate to) {

    public BirthDateRange {
        if (from == null || to == null) {
            throw InvalidInput.field(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw InvalidInput.field("to", "must not be before 'from'");
        }
    }

    public boolean contains(LocalDate dateOfBirth) {
        return !dateOfBirth.isBefore(from) && !dateOfBirth.isAfter(to);
    }

    public boolean overlaps(BirthDateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
