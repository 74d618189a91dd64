package org.kalamela.application.registry;

import java.time.Instant;
import org.kalamela.domain.registry.RegistrationStatus;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.UnitId;

/** A registered unit in the admin's list of units. */
public record UnitRow(UnitId unitId, String unitName, DistrictId districtId, String districtName,
                      String registrationNumber, RegistrationStatus status, long memberCount,
                      Instant registeredAt) {
}
