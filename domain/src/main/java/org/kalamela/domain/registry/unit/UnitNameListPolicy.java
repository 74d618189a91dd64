package org.kalamela.domain.registry.unit;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The admin's list of unit names: a name is used once per district (units register by picking it), and a
 * unit name is deleted only while nothing refers to it; one with data is deactivated instead.
 */
public final class UnitNameListPolicy {

    private UnitNameListPolicy() {
    }

    /**
     * Throws {@code UNIT_NAME_TAKEN} when {@code sameName}, the district's unit with the name, is another
     * unit than {@code self} (null for a new unit name).
     */
    public static void requireFreeName(Optional<UnitName> sameName, UnitId self) {
        sameName.filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new RuleViolation(ErrorCode.UNIT_NAME_TAKEN, "The district already has a unit named " + other.name());
        });
    }

    /** Throws {@code UNIT_HAS_DATA} when the unit is registered or anything else refers to it. */
    public static void requireDeletable(UnitName unit, boolean hasData) {
        if (hasData) {
            throw new RuleViolation(ErrorCode.UNIT_HAS_DATA,
                    "Unit " + unit.name() + " is registered or has other data; deactivate it instead");
        }
    }
}
