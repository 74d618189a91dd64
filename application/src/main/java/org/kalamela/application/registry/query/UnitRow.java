package org.kalamela.application.registry.query;

import java.time.Instant;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** A registered unit in the admin's list of units. */
public record UnitRow(UnitId unitId, String unitName, DistrictId districtId, String districtName,
                      String registrationNumber, RegistrationStatus status, long memberCount,
                      Instant registeredAt) {
}
