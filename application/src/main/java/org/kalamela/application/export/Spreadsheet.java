package org.kalamela.application.export;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an export writes: one or more sheets, in tab order. Sheet names are unique ignoring case, as
 * Excel compares them.
 */
public record Spreadsheet(List<SheetSpec<?>> sheets) {

    public Spreadsheet {
        sheets = List.copyOf(Objects.requireNonNull(sheets, "sheets"));
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a spreadsheet needs at least one sheet");
        }
        Set<String> names = new HashSet<>();
        for (SheetSpec<?> sheet : sheets) {
            if (!names.add(sheet.name().value().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two sheets are named '" + sheet.name() + "'");
            }
        }
    }

    public static Spreadsheet of(SheetSpec<?>... sheets) {
        return new Spreadsheet(List.of(sheets));
    }
}
