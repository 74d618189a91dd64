package org.kalamela.application.registry.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.id.DistrictId;

/** In-memory {@link DistrictRepository}; refuses a duplicate name as the database's unique index would. */
public class InMemoryDistrictRepository implements DistrictRepository {

    private final RegistryMemory memory;

    public InMemoryDistrictRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public District create(String name, ConferenceLimits conferenceLimits) {
        if (findByName(name).isPresent()) {
            throw new IllegalStateException("unique violation: district name " + name);
        }
        District district = new District(DistrictId.of(memory.nextId()), name, true, conferenceLimits);
        memory.districts.put(district.id(), district);
        return district;
    }

    @Override
    public Optional<District> findById(DistrictId id) {
        return Optional.ofNullable(memory.districts.get(id));
    }

    @Override
    public Optional<District> findByName(String name) {
        return memory.districts.values().stream().filter(d -> Names.key(d.name()).equals(Names.key(name))).findFirst();
    }

    @Override
    public List<District> findAll() {
        return memory.districts.values().stream().sorted(Comparator.comparing(District::name)).toList();
    }

    @Override
    public void update(District district) {
        if (!memory.districts.containsKey(district.id())) {
            throw new IllegalStateException("no district " + district.id());
        }
        memory.districts.put(district.id(), district);
    }

    @Override
    public boolean hasData(DistrictId id) {
        return memory.unitNames.values().stream().anyMatch(u -> u.districtId().equals(id))
                || memory.registrations.values().stream().anyMatch(r -> r.districtId().equals(id));
    }

    @Override
    public void delete(DistrictId id) {
        if (hasData(id)) {
            throw new IllegalStateException("foreign key violation: district " + id + " is referenced");
        }
        memory.districts.remove(id);
    }
}
