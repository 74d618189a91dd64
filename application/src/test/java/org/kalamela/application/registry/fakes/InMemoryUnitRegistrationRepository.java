package org.kalamela.application.registry.fakes;

import java.util.Optional;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.id.UnitId;

/** In-memory {@link UnitRegistrationRepository}; one registration per unit, as the primary key enforces. */
public class InMemoryUnitRegistrationRepository implements UnitRegistrationRepository {

    private final RegistryMemory memory;

    public InMemoryUnitRegistrationRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public void add(UnitRegistration registration) {
        if (!memory.unitNames.containsKey(registration.unitId())) {
            throw new IllegalStateException("foreign key violation: no unit " + registration.unitId());
        }
        if (memory.registrations.putIfAbsent(registration.unitId(), registration) != null) {
            throw new IllegalStateException("unique violation: unit " + registration.unitId() + " is registered");
        }
    }

    @Override
    public Optional<UnitRegistration> findByUnit(UnitId unit) {
        return Optional.ofNullable(memory.registrations.get(unit));
    }

    @Override
    public Optional<UnitRegistration> lockByUnit(UnitId unit) {
        return findByUnit(unit);
    }

    @Override
    public void update(UnitRegistration registration) {
        if (!memory.registrations.containsKey(registration.unitId())) {
            throw new IllegalStateException("no registration of unit " + registration.unitId());
        }
        memory.registrations.put(registration.unitId(), registration);
    }
}
