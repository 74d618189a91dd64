package org.kalamela.adapters.rest.registry.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.registry.dashboard.RegistryDashboard;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.value.Gender;

/** The admin's registry dashboard; every status and gender is present, with 0 when there are none. */
@Schema(name = "RegistryDashboard")
public record RegistryDashboardDto(long units, long registeredUnits, long unregisteredUnits,
                                   List<DistrictRegistrations> registrationsByDistrict,
                                   Map<RegistrationStatus, Long> registrationsByStatus,
                                   Map<Gender, Long> membersByGender, List<Band> membersBySeniority,
                                   List<UnitSize> largestUnits, List<DistrictMembers> membersByDistrict) {

    @Schema(name = "DashboardDistrictRegistrations", description = "Active unit names and how many registered")
    public record DistrictRegistrations(long districtId, String districtName, long units, long registered,
                                        long notRegistered) {
    }

    @Schema(name = "DashboardBand", description = "Members born within a seniority band, both ends inclusive")
    public record Band(String label, LocalDate bornFrom, LocalDate bornTo, long members) {
    }

    @Schema(name = "DashboardUnitSize")
    public record UnitSize(long unitId, String unitName, String districtName, long members) {
    }

    @Schema(name = "DashboardDistrictMembers")
    public record DistrictMembers(long districtId, String districtName, long members, long male, long female,
                                  long councilors) {
    }

    static RegistryDashboardDto of(RegistryDashboard d) {
        return new RegistryDashboardDto(d.units(), d.registeredUnits(), d.unregisteredUnits(),
                d.registrationsByDistrict().stream().map(r -> new DistrictRegistrations(r.districtId().value(),
                        r.districtName(), r.units(), r.registered(), r.units() - r.registered())).toList(),
                d.registrationsByStatus(), d.membersByGender(),
                d.membersBySeniority().stream().map(b -> new Band(b.band().label(), b.band().bornFrom(),
                        b.band().bornTo(), b.members())).toList(),
                d.largestUnits().stream().map(u -> new UnitSize(u.unitId().value(), u.unitName(), u.districtName(),
                        u.members())).toList(),
                d.membersByDistrict().stream().map(m -> new DistrictMembers(m.districtId().value(), m.districtName(),
                        m.members(), m.male(), m.female(), m.councilors())).toList());
    }
}
