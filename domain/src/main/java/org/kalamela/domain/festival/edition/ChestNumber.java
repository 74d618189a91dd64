package org.kalamela.domain.festival.edition;

import org.kalamela.domain.shared.error.InvalidInput;

/** The number a member wears in every individual event of an edition. */
public record ChestNumber(int value) implements Comparable<ChestNumber> {

    public ChestNumber {
        if (value <= 0) {
            throw InvalidInput.field("chestNumber", "must be a positive number");
        }
    }

    public static ChestNumber of(int value) {
        return new ChestNumber(value);
    }

    @Override
    public int compareTo(ChestNumber other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
