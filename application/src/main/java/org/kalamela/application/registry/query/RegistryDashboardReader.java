package org.kalamela.application.registry.query;

import java.util.List;
import java.util.Map;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * Read port: the figures of the admin's registry dashboard, each method one aggregate query. Members are
 * those of every registered unit, whatever the registration's status.
 */
public interface RegistryDashboardReader {

    /** For a district: its active unit names and how many of them have registered. */
    record DistrictRegistrations(DistrictId districtId, String districtName, long units, long registered) {
    }

    /** For a district: its members, by gender, and its councilors. */
    record DistrictMembers(DistrictId districtId, String districtName, long members, long male, long female,
                           long councilors) {
    }

    /** A registered unit and its number of members. */
    record UnitSize(UnitId unitId, String unitName, String districtName, long members) {
    }

    /** Every district, ordered by name, with its active unit names and registered units. */
    List<DistrictRegistrations> registrationsByDistrict();

    /** Registrations per status; a status without registrations may be missing. */
    Map<RegistrationStatus, Long> registrationsByStatus();

    /** Members per gender; a gender without members may be missing. */
    Map<Gender, Long> membersByGender();

    /** For each band, in the same order, the members born within it. */
    List<Long> membersBornWithin(List<SeniorityBand> bands);

    /** The unit or units (when tied) with the most members; empty when no unit has members. */
    List<UnitSize> largestUnits();

    /** Every district, ordered by name, with its member totals. */
    List<DistrictMembers> membersByDistrict();
}
