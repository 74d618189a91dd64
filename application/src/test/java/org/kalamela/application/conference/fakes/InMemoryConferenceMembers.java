package org.kalamela.application.conference.fakes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The registry's members and units as the conference reads them, written by the tests. */
public final class InMemoryConferenceMembers implements ConferenceMemberDirectory {

    record Unit(DistrictId district, String name) {
    }

    private final Map<UnitId, Unit> units = new LinkedHashMap<>();
    private final Map<MemberId, ConferenceMember> members = new LinkedHashMap<>();
    private final Map<MemberId, UnitId> unitOf = new LinkedHashMap<>();
    private long lastId = 1000;

    public synchronized UnitId addUnit(DistrictId district, String name) {
        UnitId id = UnitId.of(++lastId);
        units.put(id, new Unit(district, name));
        return id;
    }

    public synchronized MemberId addMember(UnitId unit, String name, Gender gender) {
        MemberId id = MemberId.of(++lastId);
        members.put(id, new ConferenceMember(id, units.get(unit).district(), name, gender));
        unitOf.put(id, unit);
        return id;
    }

    @Override
    public synchronized Optional<ConferenceMember> find(MemberId member) {
        return Optional.ofNullable(members.get(member));
    }

    synchronized String unitName(MemberId member) {
        return units.get(unitOf.get(member)).name();
    }
}
