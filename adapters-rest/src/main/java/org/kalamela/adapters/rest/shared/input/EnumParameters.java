package org.kalamela.adapters.rest.shared.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * A status or kind named by a query parameter or a field: one of an enum's constants, in any case and with
 * spaces around; blank means none was asked for. Anything else is a field error that lists the constants, so
 * each list's filter refuses a typo the same way and names what it takes.
 */
public final class EnumParameters {

    private EnumParameters() {
    }

    public static <E extends Enum<E>> Optional<E> optional(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
