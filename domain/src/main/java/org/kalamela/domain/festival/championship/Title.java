package org.kalamela.domain.festival.championship;

import org.kalamela.domain.shared.value.Gender;

/** The individual championship titles of an edition, one per gender (DOMAIN.md). */
public enum Title {
    /** The male member with the highest total of individual points. */
    KALAPRATHIBHA(Gender.M),
    /** The female member with the highest total of individual points. */
    KALATHILAKAM(Gender.F);

    private final Gender gender;

    Title(Gender gender) {
        this.gender = gender;
    }

    public Gender gender() {
        return gender;
    }
}
