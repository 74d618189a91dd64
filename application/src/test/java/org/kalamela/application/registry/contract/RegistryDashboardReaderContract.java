package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.query.RegistryDashboardReader.DistrictMembers;
import org.kalamela.application.registry.query.RegistryDashboardReader.DistrictRegistrations;
import org.kalamela.application.registry.query.RegistryDashboardReader.UnitSize;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.shared.value.Gender;

/**
 * The contract of {@link RegistryDashboardReader}, for the fake and the adapter. Whole-database figures are
 * checked by how much the seeded data moves them, so other data in the database does not matter.
 */
public abstract class RegistryDashboardReaderContract extends RegistryReadContractSupport {

    protected RegistryDashboardReader dashboard() {
        return fixture().dashboard();
    }

    @Test
    public void per_district_registrations_count_active_unit_names() {
        Seeded s = seed();

        assertThat(dashboard().registrationsByDistrict())
                .contains(new DistrictRegistrations(s.district().id(), s.district().name(), 3, 2));
    }

    @Test
    public void per_district_member_totals() {
        Seeded s = seed();

        assertThat(dashboard().membersByDistrict())
                .contains(new DistrictMembers(s.district().id(), s.district().name(), 4, 2, 2, 1));
    }

    @Test
    public void registrations_by_status_and_members_by_gender() {
        Map<RegistrationStatus, Long> statusBefore = dashboard().registrationsByStatus();
        Map<Gender, Long> genderBefore = dashboard().membersByGender();

        seed();

        Map<RegistrationStatus, Long> statusAfter = dashboard().registrationsByStatus();
        Map<Gender, Long> genderAfter = dashboard().membersByGender();
        assertThat(grew(statusBefore, statusAfter, RegistrationStatus.APPROVED)).isEqualTo(1);
        assertThat(grew(statusBefore, statusAfter, RegistrationStatus.REGISTRATION_STARTED)).isEqualTo(1);
        assertThat(grew(statusBefore, statusAfter, RegistrationStatus.SUBMITTED)).isZero();
        assertThat(grew(genderBefore, genderAfter, Gender.M)).isEqualTo(2);
        assertThat(grew(genderBefore, genderAfter, Gender.F)).isEqualTo(2);
    }

    @Test
    public void members_born_within_each_band_both_ends_included() {
        List<SeniorityBand> bands = List.of(
                new SeniorityBand("Junior", LocalDate.of(2005, 1, 11), LocalDate.of(2011, 6, 30)),
                new SeniorityBand("Senior", LocalDate.of(1991, 1, 11), LocalDate.of(2005, 1, 10)),
                new SeniorityBand("Exact", LocalDate.of(2006, 4, 1), LocalDate.of(2006, 4, 1)));
        List<Long> before = dashboard().membersBornWithin(bands);

        seed();

        List<Long> after = dashboard().membersBornWithin(bands);
        assertThat(after.get(0) - before.get(0)).isEqualTo(1);
        assertThat(after.get(1) - before.get(1)).isEqualTo(2);
        assertThat(after.get(2) - before.get(2)).isEqualTo(1);
    }

    @Test
    public void the_largest_units_share_the_most_members() {
        seed();
        long most = dashboard().largestUnits().stream().mapToLong(UnitSize::members).max().orElse(0);
        UnitRegistration big = aRegisteredUnit();
        UnitRegistration tied = aRegisteredUnit();
        for (long i = 0; i <= most; i++) {
            members().add(big.unitId(), details("Big " + i, Gender.M, LocalDate.of(2000, 1, 1)));
            members().add(tied.unitId(), details("Tied " + i, Gender.F, LocalDate.of(2000, 1, 1)));
        }

        assertThat(dashboard().largestUnits()).extracting(UnitSize::unitId)
                .containsExactlyInAnyOrder(big.unitId(), tied.unitId());
        assertThat(dashboard().largestUnits()).allSatisfy(size -> assertThat(size.members()).isEqualTo(most + 1));
    }

    private static <K> long grew(Map<K, Long> before, Map<K, Long> after, K key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }
}
