package org.kalamela.application.registry.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** In-memory {@link CouncilorRepository}; a councilor must be a member of the unit, as a foreign key ensures. */
public class InMemoryCouncilorRepository implements CouncilorRepository {

    private final RegistryMemory memory;

    public InMemoryCouncilorRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public List<Councilor> findByUnit(UnitId unit) {
        return memory.councilors.getOrDefault(unit, List.of()).stream().map(m -> new Councilor(unit, m)).toList();
    }

    @Override
    public void replace(UnitId unit, List<MemberId> members) {
        for (MemberId id : members) {
            Member member = memory.members.get(id);
            if (member == null || !member.unitId().equals(unit)) {
                throw new IllegalStateException("foreign key violation: " + id + " is not a member of " + unit);
            }
        }
        memory.councilors.put(unit, new ArrayList<>(members));
    }

    @Override
    public void removeMember(MemberId member) {
        memory.councilors.values().forEach(list -> list.remove(member));
    }
}
