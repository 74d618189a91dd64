package org.kalamela.application.registry.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.value.Gender;

/**
 * The admin's registry dashboard: units registered and not (in all and per district), registrations per
 * status, members per gender and per seniority band, the largest unit(s) and each district's totals.
 * Every status and gender is present, with 0 when there are none.
 */
public record RegistryDashboard(long units, long registeredUnits, long unregisteredUnits,
                                List<RegistryDashboardReader.DistrictRegistrations> registrationsByDistrict,
                                Map<RegistrationStatus, Long> registrationsByStatus,
                                Map<Gender, Long> membersByGender,
                                List<BandCount> membersBySeniority,
                                List<RegistryDashboardReader.UnitSize> largestUnits,
                                List<RegistryDashboardReader.DistrictMembers> membersByDistrict) {

    public RegistryDashboard {
        registrationsByDistrict = List.copyOf(registrationsByDistrict);
        registrationsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(registrationsByStatus));
        membersByGender = Collections.unmodifiableMap(new LinkedHashMap<>(membersByGender));
        membersBySeniority = List.copyOf(membersBySeniority);
        largestUnits = List.copyOf(largestUnits);
        membersByDistrict = List.copyOf(membersByDistrict);
    }

    /** How many members were born within a seniority band. */
    public record BandCount(SeniorityBand band, long members) {
    }
}
