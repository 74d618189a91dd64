package org.kalamela.application.registry.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The in-memory "database" the registry's fakes share, so that the fake read ports can join what the fake
 * repositories wrote, as the real queries join tables. One per test.
 */
public final class RegistryMemory {

    final Map<DistrictId, District> districts = new LinkedHashMap<>();
    final Map<UnitId, UnitName> unitNames = new LinkedHashMap<>();
    final Map<UnitId, UnitRegistration> registrations = new LinkedHashMap<>();
    final Map<UnitId, UnitDetails> details = new HashMap<>();
    final Map<UnitId, UnitOfficials> officials = new HashMap<>();
    final Map<UnitId, List<MemberId>> councilors = new HashMap<>();
    final Map<MemberId, Member> members = new LinkedHashMap<>();
    final Set<MemberId> membersWithEntries = new HashSet<>();
    final Map<Integer, Long> sequences = new HashMap<>();
    private long lastId;

    long nextId() {
        return ++lastId;
    }

    List<Member> membersOf(UnitId unit) {
        List<Member> found = new ArrayList<>();
        for (Member member : members.values()) {
            if (member.unitId().equals(unit)) {
                found.add(member);
            }
        }
        return found;
    }
}
