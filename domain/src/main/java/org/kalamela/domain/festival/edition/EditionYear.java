package org.kalamela.domain.festival.edition;

import org.kalamela.domain.shared.error.InvalidInput;

/** The year that names a festival edition: the 2025-26 festival is edition 2026. */
public record EditionYear(int value) implements Comparable<EditionYear> {

    public EditionYear {
        if (value < 2000 || value > 2999) {
            throw InvalidInput.field("year", "must be a year between 2000 and 2999");
        }
    }

    public static EditionYear of(int value) {
        return new EditionYear(value);
    }

    @Override
    public int compareTo(EditionYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
