package org.kalamela.domain.festival.edition;

import java.util.Objects;

/** A festival edition: its year, the rules it runs by and its registration window. */
public record Edition(EditionYear year, FestivalRules rules, RegistrationWindow registrationWindow) {

    public Edition {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(registrationWindow, "registrationWindow");
    }
}
