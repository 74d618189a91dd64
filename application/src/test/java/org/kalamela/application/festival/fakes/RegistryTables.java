package org.kalamela.application.festival.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The registry's districts, units and members as the festival's fakes read them, standing in for the
 * registry tables the PostgreSQL adapters join. Ids are given in order from 1, as a database would.
 */
public final class RegistryTables {

    record District(DistrictId id, String name) {
    }

    record Unit(UnitId id, DistrictId districtId, String name) {
    }

    record Member(MemberId id, UnitId unitId, String name, Gender gender, LocalDate dateOfBirth) {
    }

    private final Map<DistrictId, District> districts = new LinkedHashMap<>();
    private final Map<UnitId, Unit> units = new LinkedHashMap<>();
    private final Map<MemberId, Member> members = new LinkedHashMap<>();

    public synchronized DistrictId addDistrict(String name) {
        DistrictId id = DistrictId.of(districts.size() + 1L);
        districts.put(id, new District(id, name));
        return id;
    }

    public synchronized UnitId addUnit(DistrictId district, String name) {
        if (!districts.containsKey(district)) {
            throw new IllegalArgumentException("no district " + district);
        }
        UnitId id = UnitId.of(units.size() + 1L);
        units.put(id, new Unit(id, district, name));
        return id;
    }

    public synchronized MemberId addMember(UnitId unit, String name, Gender gender, LocalDate dateOfBirth) {
        if (!units.containsKey(unit)) {
            throw new IllegalArgumentException("no unit " + unit);
        }
        MemberId id = MemberId.of(members.size() + 1L);
        members.put(id, new Member(id, unit, name, gender, dateOfBirth));
        return id;
    }

    synchronized Optional<District> district(DistrictId id) {
        return Optional.ofNullable(districts.get(id));
    }

    synchronized Optional<Unit> unit(UnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    synchronized Optional<Member> member(MemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    synchronized List<Member> members() {
        return List.copyOf(members.values());
    }

    synchronized Unit unitOf(MemberId member) {
        return units.get(members.get(member).unitId());
    }

    synchronized District districtOf(MemberId member) {
        return districts.get(unitOf(member).districtId());
    }

    synchronized String nameOf(MemberId member) {
        return members.get(member).name();
    }

    /** District name, unit name, member name, then id: the order the festival's lists of members use. */
    Comparator<MemberId> byDistrictUnitName() {
        return Comparator.<MemberId, String>comparing(id -> districtOf(id).name())
                .thenComparing(id -> unitOf(id).name())
                .thenComparing(this::nameOf)
                .thenComparingLong(MemberId::value);
    }
}
