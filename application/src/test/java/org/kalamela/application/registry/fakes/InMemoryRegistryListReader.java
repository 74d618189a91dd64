package org.kalamela.application.registry.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;
import org.kalamela.application.registry.query.UnitRow;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** In-memory {@link RegistryListReader} over the fakes' shared memory. */
public class InMemoryRegistryListReader implements RegistryListReader {

    private final RegistryMemory memory;
    private final RegistryRows rows;

    public InMemoryRegistryListReader(RegistryMemory memory) {
        this.memory = memory;
        this.rows = new RegistryRows(memory);
    }

    @Override
    public Page<UnitNameRow> unitNames(UnitNameFilter filter, PageRequest page) {
        List<UnitNameRow> all = memory.unitNames.values().stream()
                .map(u -> {
                    District d = rows.district(u);
                    return new UnitNameRow(u.id(), u.name(), d.id(), d.name(), u.active(),
                            memory.registrations.containsKey(u.id()));
                })
                .filter(r -> filter.districtId() == null || r.districtId().equals(filter.districtId()))
                .filter(r -> filter.active() == null || r.active() == filter.active())
                .filter(r -> filter.registered() == null || r.registered() == filter.registered())
                .filter(r -> RegistryRows.contains(r.name(), filter.name()))
                .sorted(Comparator.comparing(UnitNameRow::districtName).thenComparing(UnitNameRow::name))
                .toList();
        return RegistryRows.page(all, page);
    }

    @Override
    public Page<UnitRow> units(UnitFilter filter, PageRequest page) {
        List<UnitRow> all = memory.registrations.values().stream()
                .map(this::unitRow)
                .filter(r -> filter.districtId() == null || r.districtId().equals(filter.districtId()))
                .filter(r -> filter.status() == null || r.status() == filter.status())
                .filter(r -> RegistryRows.contains(r.unitName(), filter.name()))
                .sorted(Comparator.comparing(UnitRow::districtName).thenComparing(UnitRow::unitName))
                .toList();
        return RegistryRows.page(all, page);
    }

    @Override
    public Page<MemberRow> members(MemberFilter filter, PageRequest page) {
        return RegistryRows.page(matching(rows.members(), filter), page);
    }

    @Override
    public Page<MemberRow> councilors(MemberFilter filter, PageRequest page) {
        return RegistryRows.page(matching(rows.councilors(), filter), page);
    }

    @Override
    public Page<OfficialRow> officials(OfficialFilter filter, PageRequest page) {
        List<OfficialRow> all = rows.officials()
                .filter(r -> filter.districtId() == null || r.districtId().equals(filter.districtId()))
                .filter(r -> filter.unitId() == null || r.unitId().equals(filter.unitId()))
                .filter(r -> filter.office() == null || r.office() == filter.office())
                .filter(r -> RegistryRows.contains(r.name(), filter.name()))
                .toList();
        return RegistryRows.page(all, page);
    }

    private static List<MemberRow> matching(Stream<MemberRow> rows, MemberFilter filter) {
        return rows
                .filter(r -> filter.districtId() == null || r.districtId().equals(filter.districtId()))
                .filter(r -> filter.unitId() == null || r.unitId().equals(filter.unitId()))
                .filter(r -> filter.gender() == null || r.gender() == filter.gender())
                .filter(r -> filter.bornFrom() == null || !r.dateOfBirth().isBefore(filter.bornFrom()))
                .filter(r -> filter.bornTo() == null || !r.dateOfBirth().isAfter(filter.bornTo()))
                .filter(r -> RegistryRows.contains(r.name(), filter.name()))
                .toList();
    }

    private UnitRow unitRow(UnitRegistration registration) {
        UnitName unit = memory.unitNames.get(registration.unitId());
        District district = rows.district(unit);
        long members = memory.members.values().stream().filter(m -> Objects.equals(m.unitId(), unit.id())).count();
        return new UnitRow(unit.id(), unit.name(), district.id(), district.name(), registration.number().value(),
                registration.status(), members, registration.registeredAt());
    }
}
