package org.kalamela.application.registry;

import org.kalamela.domain.registry.Office;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.UnitId;

/** One office holder of a unit, with the unit and district, as lists and exports of officials show them. */
public record OfficialRow(UnitId unitId, String unitName, DistrictId districtId, String districtName,
                          Office office, String name, String phone) {
}
