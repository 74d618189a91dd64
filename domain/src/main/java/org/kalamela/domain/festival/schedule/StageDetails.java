package org.kalamela.domain.festival.schedule;

import org.kalamela.domain.shared.validation.Validation;

/**
 * What the admin says about a stage: its name (printed on call sheets and the public schedule), where it is,
 * and how many people it seats. Names and locations are trimmed; every field is checked at once.
 */
public record StageDetails(String name, String location, Integer capacity) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_LOCATION_LENGTH = 120;
    public static final int MAX_CAPACITY = 100_000;

    public StageDetails {
        name = name == null ? null : name.strip();
        location = location == null ? null : location.strip();
        new Validation()
                .required(name, "name")
                .check(name == null || name.length() <= MAX_NAME_LENGTH, "name",
                        "must be at most " + MAX_NAME_LENGTH + " characters")
                .required(location, "location")
                .check(location == null || location.length() <= MAX_LOCATION_LENGTH, "location",
                        "must be at most " + MAX_LOCATION_LENGTH + " characters")
                .required(capacity, "capacity")
                .check(capacity == null || capacity >= 1 && capacity <= MAX_CAPACITY, "capacity",
                        "must be between 1 and " + MAX_CAPACITY)
                .throwIfInvalid();
    }
}
