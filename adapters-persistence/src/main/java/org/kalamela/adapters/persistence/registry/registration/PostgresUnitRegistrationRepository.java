package org.kalamela.adapters.persistence.registry.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
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
        UnitRegistrationEntity entity = UnitRegistrationMapper.toEntity(registration);
        SchemaConstraints.translating(() -> {
            registrations.persist(entity);
            registrations.flush();
            return null;
        });
    }

    @Override
    public Optional<UnitRegistration> findByUnit(UnitId unit) {
        return registrations.findByIdOptional(unit.value()).map(UnitRegistrationMapper::toDomain);
    }

    /** {@code SELECT … FOR UPDATE}: the row lock serialises the unit's changes, its submission and its review. */
    @Override
    public Optional<UnitRegistration> lockByUnit(UnitId unit) {
        return registrations.findByIdOptional(unit.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(UnitRegistrationMapper::toDomain);
    }

    @Override
    public void update(UnitRegistration registration) {
        UnitRegistrationEntity entity = registrations.findByIdOptional(registration.unitId().value())
                .orElseThrow(() -> new IllegalStateException("no registration of unit " + registration.unitId()));
        UnitRegistrationMapper.copy(registration, entity);
    }
}
