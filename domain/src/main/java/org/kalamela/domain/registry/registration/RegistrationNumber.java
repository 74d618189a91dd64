package org.kalamela.domain.registry.registration;

import java.util.Locale;
import java.util.Objects;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A unit's registration number, which is also its account's username: {@code <PREFIX>-<year>-<sequence>},
 * e.g. {@code ADO-2026-0007}. The prefix is the first three Latin letters of the district's name, upper
 * case ({@code D<district id>} for a name with fewer, such as one written in Malayalam); the sequence
 * counts the year's registrations across the diocese, at least four digits. Uniqueness rests on the year
 * and sequence alone, so two districts whose names start alike can never produce the same number. Hyphens
 * rather than slashes keep the number usable in addresses and as a sign-in name.
 */
public record RegistrationNumber(String value) {

    private static final int PREFIX_LETTERS = 3;
    private static final String FORMAT = "[A-Z][A-Z0-9]*-[0-9]{4}-[0-9]{4,}";

    public RegistrationNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches(FORMAT)) {
            throw new IllegalArgumentException("not a registration number: " + value);
        }
    }

    public static RegistrationNumber of(String districtName, DistrictId district, int year, long sequence) {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("year " + year + " and sequence " + sequence + " out of range");
        }
        return new RegistrationNumber(prefix(districtName, district) + "-" + year + "-"
                + String.format(Locale.ROOT, "%04d", sequence));
    }

    private static String prefix(String districtName, DistrictId district) {
        String letters = districtName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return letters.length() >= PREFIX_LETTERS ? letters.substring(0, PREFIX_LETTERS) : "D" + district.value();
    }

    @Override
    public String toString() {
        return value;
    }
}
