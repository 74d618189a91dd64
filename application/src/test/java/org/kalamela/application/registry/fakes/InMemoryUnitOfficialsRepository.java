package org.kalamela.application.registry.fakes;

import java.util.Optional;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.shared.id.UnitId;

/** In-memory {@link UnitOfficialsRepository}. */
public class InMemoryUnitOfficialsRepository implements UnitOfficialsRepository {

    private final RegistryMemory memory;

    public InMemoryUnitOfficialsRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public Optional<UnitOfficials> findByUnit(UnitId unit) {
        return Optional.ofNullable(memory.officials.get(unit));
    }

    @Override
    public void save(UnitOfficials officials) {
        memory.officials.put(officials.unitId(), officials);
    }
}
