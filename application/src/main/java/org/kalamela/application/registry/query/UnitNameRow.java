package org.kalamela.application.registry.query;

import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** A unit name in the admin's master-data list, with its district and whether the unit has registered. */
public record UnitNameRow(UnitId unitId, String name, DistrictId districtId, String districtName, boolean active,
                          boolean registered) {
}
