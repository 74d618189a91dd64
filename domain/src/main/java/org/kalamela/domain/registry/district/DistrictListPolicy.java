package org.kalamela.domain.registry.district;

import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The admin's list of clergy districts: a district name is used once, and a district is deleted only while
 * nothing refers to it; one with units or other data is deactivated instead.
 */
public final class DistrictListPolicy {

    private DistrictListPolicy() {
    }

    /**
     * Throws {@code DISTRICT_NAME_TAKEN} when {@code sameName}, the district with the name, is another
     * district than {@code self} (null for a new district).
     */
    public static void requireFreeName(Optional<District> sameName, DistrictId self) {
        sameName.filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new RuleViolation(ErrorCode.DISTRICT_NAME_TAKEN, "A district named " + other.name() + " exists");
        });
    }

    /** Throws {@code DISTRICT_HAS_DATA} when units or anything else refer to the district. */
    public static void requireDeletable(District district, boolean hasData) {
        if (hasData) {
            throw new RuleViolation(ErrorCode.DISTRICT_HAS_DATA,
                    "District " + district.name() + " has units or other data; deactivate it instead");
        }
    }
}
