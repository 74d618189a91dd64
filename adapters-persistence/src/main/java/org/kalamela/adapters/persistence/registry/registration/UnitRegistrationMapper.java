package org.kalamela.adapters.persistence.registry.registration;

import org.kalamela.domain.registry.registration.RegistrationNumber;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** The one mapping between a {@code unit_registrations} row and a {@link UnitRegistration}. */
final class UnitRegistrationMapper {

    private UnitRegistrationMapper() {
    }

    static UnitRegistration toDomain(UnitRegistrationEntity e) {
        return new UnitRegistration(UnitId.of(e.unitId), DistrictId.of(e.districtId), AccountId.of(e.accountId),
                new RegistrationNumber(e.registrationNumber), RegistrationStatus.valueOf(e.status), e.returnReason,
                e.registeredAt, e.statusChangedAt);
    }

    static UnitRegistrationEntity toEntity(UnitRegistration registration) {
        UnitRegistrationEntity e = new UnitRegistrationEntity();
        e.unitId = registration.unitId().value();
        copy(registration, e);
        return e;
    }

    /** Everything but the unit, which is the row's key. */
    static void copy(UnitRegistration registration, UnitRegistrationEntity e) {
        e.districtId = registration.districtId().value();
        e.accountId = registration.accountId().value();
        e.registrationNumber = registration.number().value();
        e.status = registration.status().name();
        e.returnReason = registration.returnReason();
        e.registeredAt = registration.registeredAt();
        e.statusChangedAt = registration.statusChangedAt();
    }
}
