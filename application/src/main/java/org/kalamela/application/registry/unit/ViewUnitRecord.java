package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * A registered unit's whole record (also the printable registration form): for the admin any unit, for a
 * unit account its own; another unit is not found. Ages are on today's date.
 */
@UseCase
public class ViewUnitRecord {

    private final UnitRegistrationRepository registrations;
    private final UnitNameRepository unitNames;
    private final DistrictRepository districts;
    private final UnitDetailsRepository details;
    private final UnitOfficialsRepository officials;
    private final CouncilorRepository councilors;
    private final MemberRepository members;
    private final Clock clock;

    @Inject
    public ViewUnitRecord(UnitRegistrationRepository registrations, UnitNameRepository unitNames,
                          DistrictRepository districts, UnitDetailsRepository details,
                          UnitOfficialsRepository officials, CouncilorRepository councilors,
                          MemberRepository members, Clock clock) {
        this.registrations = registrations;
        this.unitNames = unitNames;
        this.districts = districts;
        this.details = details;
        this.officials = officials;
        this.councilors = councilors;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public UnitRecord execute(UnitId unitId, Actor actor) {
        actor.require(Role.ADMIN, Role.UNIT);
        if (unitId == null || !actor.mayAccessUnit(unitId)) {
            throw new NotFound("unit", unitId);
        }
        UnitRegistration registration = registrations.findByUnit(unitId)
                .orElseThrow(() -> new NotFound("unit", unitId));
        UnitName unit = unitNames.findById(unitId).orElseThrow(() -> new NotFound("unit", unitId));
        District district = districts.findById(unit.districtId())
                .orElseThrow(() -> new NotFound("district", unit.districtId()));
        LocalDate today = LocalDate.now(clock);
        List<UnitRecord.AgedMember> all = members.findByUnit(unitId).stream()
                .map(m -> new UnitRecord.AgedMember(m, Age.of(m.details().dateOfBirth(), today))).toList();
        Map<MemberId, UnitRecord.AgedMember> byId = all.stream()
                .collect(Collectors.toMap(a -> a.member().id(), Function.identity()));
        List<UnitRecord.AgedMember> chosen = councilors.findByUnit(unitId).stream()
                .map(c -> byId.get(c.memberId())).toList();
        return new UnitRecord(unit, district, registration, details.findByUnit(unitId).orElse(null),
                officials.findByUnit(unitId).orElse(null), chosen, all, today);
    }
}
