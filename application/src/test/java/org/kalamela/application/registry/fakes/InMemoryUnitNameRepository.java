package org.kalamela.application.registry.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** In-memory {@link UnitNameRepository}; refuses what the database's constraints would. */
public class InMemoryUnitNameRepository implements UnitNameRepository {

    private final RegistryMemory memory;

    public InMemoryUnitNameRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public UnitName create(DistrictId district, String name) {
        if (!memory.districts.containsKey(district)) {
            throw new IllegalStateException("foreign key violation: no district " + district);
        }
        if (findByName(district, name).isPresent()) {
            throw new IllegalStateException("unique violation: unit name " + name);
        }
        UnitName unit = new UnitName(UnitId.of(memory.nextId()), district, name, true);
        memory.unitNames.put(unit.id(), unit);
        return unit;
    }

    @Override
    public Optional<UnitName> findById(UnitId id) {
        return Optional.ofNullable(memory.unitNames.get(id));
    }

    @Override
    public Optional<UnitName> findByName(DistrictId district, String name) {
        return memory.unitNames.values().stream()
                .filter(u -> u.districtId().equals(district) && Names.key(u.name()).equals(Names.key(name)))
                .findFirst();
    }

    @Override
    public List<UnitName> findByDistrict(DistrictId district) {
        return memory.unitNames.values().stream().filter(u -> u.districtId().equals(district))
                .sorted(Comparator.comparing(UnitName::name)).toList();
    }

    @Override
    public void update(UnitName unit) {
        if (!memory.unitNames.containsKey(unit.id())) {
            throw new IllegalStateException("no unit " + unit.id());
        }
        memory.unitNames.put(unit.id(), unit);
    }

    @Override
    public boolean hasData(UnitId id) {
        return memory.registrations.containsKey(id) || !memory.membersOf(id).isEmpty();
    }

    @Override
    public void delete(UnitId id) {
        if (hasData(id)) {
            throw new IllegalStateException("foreign key violation: unit " + id + " is referenced");
        }
        memory.unitNames.remove(id);
    }
}
