package org.kalamela.application.registry.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The joins, orderings and paging the fake read ports share, as the real queries would do them. */
final class RegistryRows {

    static final Comparator<MemberRow> MEMBER_ORDER = Comparator.comparing(MemberRow::districtName)
            .thenComparing(MemberRow::unitName).thenComparing(MemberRow::name)
            .thenComparing(row -> row.memberId().value());
    static final Comparator<OfficialRow> OFFICIAL_ORDER = Comparator.comparing(OfficialRow::districtName)
            .thenComparing(OfficialRow::unitName).thenComparing(OfficialRow::office);

    private final RegistryMemory memory;

    RegistryRows(RegistryMemory memory) {
        this.memory = memory;
    }

    UnitName unit(Member member) {
        return memory.unitNames.get(member.unitId());
    }

    District district(UnitName unit) {
        return memory.districts.get(unit.districtId());
    }

    /** Members of registered units, ordered as the read ports promise. */
    Stream<MemberRow> members() {
        return memory.members.values().stream()
                .filter(m -> memory.registrations.containsKey(m.unitId()))
                .map(this::row).sorted(MEMBER_ORDER);
    }

    Stream<MemberRow> councilors() {
        return members().filter(row -> memory.councilors.getOrDefault(row.unitId(), List.of())
                .contains(row.memberId()));
    }

    Stream<OfficialRow> officials() {
        return memory.officials.values().stream()
                .filter(o -> memory.registrations.containsKey(o.unitId()))
                .flatMap(o -> {
                    UnitName unit = memory.unitNames.get(o.unitId());
                    District district = district(unit);
                    return Stream.of(Office.values()).map(office -> new OfficialRow(unit.id(), unit.name(),
                            district.id(), district.name(), office, o.holder(office).name(),
                            o.holder(office).phone().digits()));
                })
                .sorted(OFFICIAL_ORDER);
    }

    MemberRow row(Member member) {
        UnitName unit = unit(member);
        District district = district(unit);
        var d = member.details();
        return new MemberRow(member.id(), unit.id(), unit.name(), district.id(), district.name(), d.name(),
                d.gender(), d.dateOfBirth(), d.phone().digits(), d.qualification(), d.bloodGroup());
    }

    static boolean contains(String text, String part) {
        return part == null || part.isBlank()
                || text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }

    static <T> Page<T> page(List<T> all, PageRequest request) {
        List<T> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, all.size());
    }
}
