package org.kalamela.application.registry.query;

import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** One office holder of a unit, with the unit and district, as lists and exports of officials show them. */
public record OfficialRow(UnitId unitId, String unitName, DistrictId districtId, String districtName,
                          Office office, String name, String phone) {
}
