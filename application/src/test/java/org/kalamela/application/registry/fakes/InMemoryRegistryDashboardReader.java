package org.kalamela.application.registry.fakes;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.value.Gender;

/** In-memory {@link RegistryDashboardReader} over the fakes' shared memory. */
public class InMemoryRegistryDashboardReader implements RegistryDashboardReader {

    private final RegistryMemory memory;
    private final RegistryRows rows;

    public InMemoryRegistryDashboardReader(RegistryMemory memory) {
        this.memory = memory;
        this.rows = new RegistryRows(memory);
    }

    @Override
    public List<DistrictRegistrations> registrationsByDistrict() {
        return districts().stream().map(d -> {
            List<UnitName> active = memory.unitNames.values().stream()
                    .filter(u -> u.districtId().equals(d.id()) && u.active()).toList();
            long registered = active.stream().filter(u -> memory.registrations.containsKey(u.id())).count();
            return new DistrictRegistrations(d.id(), d.name(), active.size(), registered);
        }).toList();
    }

    @Override
    public Map<RegistrationStatus, Long> registrationsByStatus() {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (UnitRegistration registration : memory.registrations.values()) {
            counts.merge(registration.status(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public Map<Gender, Long> membersByGender() {
        Map<Gender, Long> counts = new EnumMap<>(Gender.class);
        rows.members().forEach(row -> counts.merge(row.gender(), 1L, Long::sum));
        return counts;
    }

    @Override
    public List<Long> membersBornWithin(List<SeniorityBand> bands) {
        List<MemberRow> all = rows.members().toList();
        return bands.stream().map(band -> all.stream()
                .filter(r -> !r.dateOfBirth().isBefore(band.bornFrom()) && !r.dateOfBirth().isAfter(band.bornTo()))
                .count()).toList();
    }

    @Override
    public List<UnitSize> largestUnits() {
        List<UnitSize> sizes = memory.registrations.keySet().stream().map(id -> {
            UnitName unit = memory.unitNames.get(id);
            return new UnitSize(id, unit.name(), rows.district(unit).name(), memory.membersOf(id).size());
        }).filter(size -> size.members() > 0).toList();
        long most = sizes.stream().mapToLong(UnitSize::members).max().orElse(0);
        return sizes.stream().filter(size -> size.members() == most)
                .sorted(Comparator.comparing(UnitSize::districtName).thenComparing(UnitSize::unitName)).toList();
    }

    @Override
    public List<DistrictMembers> membersByDistrict() {
        List<MemberRow> all = rows.members().toList();
        List<MemberRow> councilors = rows.councilors().toList();
        return districts().stream().map(d -> {
            List<MemberRow> own = all.stream().filter(r -> r.districtId().equals(d.id())).toList();
            return new DistrictMembers(d.id(), d.name(), own.size(),
                    own.stream().filter(r -> r.gender() == Gender.M).count(),
                    own.stream().filter(r -> r.gender() == Gender.F).count(),
                    councilors.stream().filter(r -> r.districtId().equals(d.id())).count());
        }).toList();
    }

    private List<District> districts() {
        return memory.districts.values().stream().sorted(Comparator.comparing(District::name)).toList();
    }
}
