package org.kalamela.domain.festival.event;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

/** The gender and seniority an event is restricted to, each optional. */
public record EventRestrictions(Optional<Gender> gender, Optional<Seniority> seniority) {

    public EventRestrictions {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(seniority, "seniority");
    }

    public static EventRestrictions none() {
        return new EventRestrictions(Optional.empty(), Optional.empty());
    }
}
