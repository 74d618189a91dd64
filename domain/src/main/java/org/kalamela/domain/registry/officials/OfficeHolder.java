package org.kalamela.domain.registry.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.value.PhoneNumber;

/** The person holding one of a unit's offices: a name and a phone. */
public record OfficeHolder(String name, PhoneNumber phone) {

    public OfficeHolder {
        name = Names.require(name, "name");
        Objects.requireNonNull(phone, "phone");
    }

    /**
     * Reads a holder as typed for an office; errors name the office's fields ({@code president.name},
     * {@code president.phone}) and are reported together.
     */
    public static OfficeHolder of(Office office, String name, String phone) {
        List<FieldError> errors = new ArrayList<>();
        String tidyName = null;
        PhoneNumber number = null;
        try {
            tidyName = Names.require(name, office.field() + ".name");
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        try {
            number = PhoneNumber.parse(phone, office.field() + ".phone");
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new OfficeHolder(tidyName, number);
    }
}
