package org.kalamela.domain.identity.account;

import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A district has at most one active district official: the district's data is theirs to keep, and two
 * active officials would overwrite each other unseen. Another official starts only once the active one is
 * deactivated.
 */
public final class DistrictOfficialPolicy {

    private DistrictOfficialPolicy() {
    }

    /** Throws {@code DISTRICT_OFFICIAL_EXISTS} when the district named already has an active official. */
    public static void checkNewOfficial(String districtName, boolean districtHasActiveOfficial) {
        if (districtHasActiveOfficial) {
            throw new RuleViolation(ErrorCode.DISTRICT_OFFICIAL_EXISTS,
                    "District " + districtName + " already has an active district official; deactivate it first");
        }
    }

    /** Throws {@code DISTRICT_OFFICIAL_EXISTS} when another official of the district is active. */
    public static void checkReactivation(boolean districtHasActiveOfficial) {
        if (districtHasActiveOfficial) {
            throw new RuleViolation(ErrorCode.DISTRICT_OFFICIAL_EXISTS,
                    "The district already has an active district official; deactivate it first");
        }
    }
}
