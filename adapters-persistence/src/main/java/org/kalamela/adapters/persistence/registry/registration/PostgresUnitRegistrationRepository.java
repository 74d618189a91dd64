package org.kalamela.adapters.persistence.registry.registration;

import org.kalamela.adapters.persistence.registry.RegistryConstraints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.kalamela.domain.registry.registration.RegistrationNumber;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

@ApplicationScoped
public class PostgresUnitRegistrationRepository implements UnitRegistrationRepository {

    private final UnitRegistrationPanacheRepository registrations;

    @Inject
    PostgresUnitRegistrationRepository(UnitRegistrationPanacheRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    public void add(UnitRegistration registration) {
        UnitRegistrationEntity entity = new UnitRegistrationEntity();
        entity.unitId = registration.unitId().value();
        copy(registration, entity);
        RegistryConstraints.unique(() -> {
            registrations.persist(entity);
            registrations.flush();
            return null;
        });
    }

    @Override
    public Optional<UnitRegistration> findByUnit(UnitId unit) {
        return registrations.findByIdOptional(unit.value()).map(PostgresUnitRegistrationRepository::toDomain);
    }

    /** {@code SELECT … FOR UPDATE}: the row lock serialises the unit's changes, its submission and its review. */
    @Override
    public Optional<UnitRegistration> lockByUnit(UnitId unit) {
        return registrations.findByIdOptional(unit.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(PostgresUnitRegistrationRepository::toDomain);
    }

    @Override
    public void update(UnitRegistration registration) {
        UnitRegistrationEntity entity = registrations.findByIdOptional(registration.unitId().value())
                .orElseThrow(() -> new IllegalStateException("no registration of unit " + registration.unitId()));
        copy(registration, entity);
    }

    private static void copy(UnitRegistration registration, UnitRegistrationEntity entity) {
        entity.districtId = registration.districtId().value();
        entity.accountId = registration.accountId().value();
        entity.registrationNumber = registration.number().value();
        entity.status = registration.status().name();
        entity.returnReason = registration.returnReason();
        entity.registeredAt = registration.registeredAt();
        entity.statusChangedAt = registration.statusChangedAt();
    }

    private static UnitRegistration toDomain(UnitRegistrationEntity e) {
        return new UnitRegistration(UnitId.of(e.unitId), DistrictId.of(e.districtId), AccountId.of(e.accountId),
                new RegistrationNumber(e.registrationNumber), RegistrationStatus.valueOf(e.status), e.returnReason,
                e.registeredAt, e.statusChangedAt);
    }
}
