package org.kalamela.application.registry.query;

import java.time.LocalDate;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A named range of birth dates, both ends inclusive, such as the current edition's Junior and Senior
 * ranges. The dashboard takes them as a parameter so the registry does not depend on the festival's rules.
 */
public record SeniorityBand(String label, LocalDate bornFrom, LocalDate bornTo) {

    public SeniorityBand {
        new Validation()
                .required(label, "label")
                .required(bornFrom, "bornFrom")
                .required(bornTo, "bornTo")
                .check(bornFrom == null || bornTo == null || !bornTo.isBefore(bornFrom), "bornTo",
                        "must not be before bornFrom")
                .throwIfInvalid();
    }
}
