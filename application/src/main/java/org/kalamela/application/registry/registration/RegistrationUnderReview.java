package org.kalamela.application.registry.registration;

import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.UnitId;

/** The admin's two decisions on a submitted registration lock it first, so that they cannot cross. */
final class RegistrationUnderReview {

    private RegistrationUnderReview() {
    }

    static UnitRegistration lock(UnitRegistrationRepository registrations, UnitId unitId) {
        if (unitId == null) {
            throw new NotFound("unit", null);
        }
        return registrations.lockByUnit(unitId).orElseThrow(() -> new NotFound("unit", unitId));
    }
}
