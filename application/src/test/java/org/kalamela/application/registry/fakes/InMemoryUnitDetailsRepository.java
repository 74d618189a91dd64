package org.kalamela.application.registry.fakes;

import java.util.Optional;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.shared.id.UnitId;

/** In-memory {@link UnitDetailsRepository}. */
public class InMemoryUnitDetailsRepository implements UnitDetailsRepository {

    private final RegistryMemory memory;

    public InMemoryUnitDetailsRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public Optional<UnitDetails> findByUnit(UnitId unit) {
        return Optional.ofNullable(memory.details.get(unit));
    }

    @Override
    public void save(UnitDetails details) {
        memory.details.put(details.unitId(), details);
    }
}
