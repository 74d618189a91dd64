package org.kalamela.domain.registry.member;

import java.util.Locale;
import org.kalamela.domain.shared.error.InvalidInput;

/** The eight ABO/Rh blood groups, written as on a donor card: {@code A+}, {@code AB-}, ... */
public enum BloodGroup {
    A_POSITIVE("A+"),
    A_NEGATIVE("A-"),
    B_POSITIVE("B+"),
    B_NEGATIVE("B-"),
    AB_POSITIVE("AB+"),
    AB_NEGATIVE("AB-"),
    O_POSITIVE("O+"),
    O_NEGATIVE("O-");

    private final String label;

    BloodGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label, so that a blood group reads as people write it wherever it is shown (the audit log too). */
    @Override
    public String toString() {
        return label;
    }

    /**
     * Reads a label in any case, with spaces ignored and "ve" accepted after the sign ({@code "b +ve"}),
     * as people write it. Errors name the given field.
     */
    public static BloodGroup parse(String typed, String field) {
        String compact = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.endsWith("VE")) {
            compact = compact.substring(0, compact.length() - 2);
        }
        for (BloodGroup group : values()) {
            if (group.label.equals(compact)) {
                return group;
            }
        }
        throw InvalidInput.field(field, "must be one of A+, A-, B+, B-, AB+, AB-, O+, O-");
    }
}
