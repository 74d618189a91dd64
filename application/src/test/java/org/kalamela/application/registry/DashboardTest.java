package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.dashboard.RegistryDashboard;
import org.kalamela.application.registry.dashboard.ViewRegistryDashboard;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.value.Gender;

class DashboardTest {

    private static final SeniorityBand JUNIOR =
            new SeniorityBand("Junior", LocalDate.of(2005, 1, 11), LocalDate.of(2011, 6, 30));
    private static final SeniorityBand SENIOR =
            new SeniorityBand("Senior", LocalDate.of(1991, 1, 11), LocalDate.of(2005, 1, 10));

    private final RegistryTestbed bed = new RegistryTestbed();

    @Test
    void the_figures_of_the_registry() {
        District adoor = bed.district("Adoor");
        District pallom = bed.district("Pallom");
        Actor thomas = bed.register(bed.unitName(adoor, "St. Thomas"));
        Actor bethel = bed.register(bed.unitName(pallom, "Bethel"));
        bed.unitName(adoor, "Zion");
        bed.addMember.execute(bed.form("Anu", "F", LocalDate.of(2005, 1, 11)), thomas);
        bed.addMember.execute(bed.form("Binu", "M", LocalDate.of(2005, 1, 10)), thomas);
        bed.addMember.execute(bed.form("Cicy", "F", LocalDate.of(1980, 1, 1)), bethel);
        bed.approve(bethel);

        RegistryDashboard dashboard = bed.dashboard.execute(
                new ViewRegistryDashboard.Query(List.of(JUNIOR, SENIOR)), bed.admin);

        assertThat(dashboard.units()).isEqualTo(3);
        assertThat(dashboard.registeredUnits()).isEqualTo(2);
        assertThat(dashboard.unregisteredUnits()).isEqualTo(1);
        assertThat(dashboard.registrationsByDistrict()).containsExactly(
                new RegistryDashboardReader.DistrictRegistrations(adoor.id(), "Adoor", 2, 1),
                new RegistryDashboardReader.DistrictRegistrations(pallom.id(), "Pallom", 1, 1));
        assertThat(dashboard.registrationsByStatus()).containsEntry(RegistrationStatus.APPROVED, 1L)
                .containsEntry(RegistrationStatus.REGISTRATION_STARTED, 1L)
                .containsEntry(RegistrationStatus.SUBMITTED, 0L).containsEntry(RegistrationStatus.RETURNED, 0L);
        assertThat(dashboard.membersByGender()).containsEntry(Gender.F, 3L).containsEntry(Gender.M, 1L);
        // Anu (born on the first day of the Junior range) and the first member are Junior; Binu, born the day
        // before, is Senior; Cicy is in neither band.
        assertThat(dashboard.membersBySeniority())
                .extracting(b -> b.band().label(), RegistryDashboard.BandCount::members)
                .containsExactly(tuple("Junior", 2L), tuple("Senior", 1L));
        assertThat(dashboard.largestUnits()).extracting(RegistryDashboardReader.UnitSize::unitName)
                .containsExactly("St. Thomas", "Bethel");
        assertThat(dashboard.membersByDistrict()).containsExactly(
                new RegistryDashboardReader.DistrictMembers(adoor.id(), "Adoor", 2, 1, 1, 0),
                new RegistryDashboardReader.DistrictMembers(pallom.id(), "Pallom", 2, 0, 2, 0));
    }

    @Test
    void an_empty_registry_shows_zeros() {
        RegistryDashboard dashboard = bed.dashboard.execute(new ViewRegistryDashboard.Query(null), bed.admin);

        assertThat(dashboard.units()).isZero();
        assertThat(dashboard.registrationsByStatus()).hasSize(RegistrationStatus.values().length)
                .allSatisfy((status, count) -> assertThat(count).isZero());
        assertThat(dashboard.membersByGender()).containsEntry(Gender.M, 0L).containsEntry(Gender.F, 0L);
        assertThat(dashboard.membersBySeniority()).isEmpty();
        assertThat(dashboard.largestUnits()).isEmpty();
    }

    @Test
    void without_bands_the_current_editions_junior_and_senior_ranges_are_counted() {
        District adoor = bed.district("Adoor");
        Actor thomas = bed.register(bed.unitName(adoor, "St. Thomas"));
        bed.addMember.execute(bed.form("Anu", "F", LocalDate.of(2011, 6, 30)), thomas);
        bed.addMember.execute(bed.form("Binu", "M", LocalDate.of(1991, 1, 11)), thomas);
        bed.addMember.execute(bed.form("Cicy", "F", LocalDate.of(1991, 1, 10)), thomas);
        EditionYear year = EditionYear.of(2026);
        bed.editions.create(new Edition(year, FestivalRules.defaults2026(), new RegistrationWindow(
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))));
        bed.editions.markCurrent(year);

        RegistryDashboard dashboard = bed.dashboard.execute(new ViewRegistryDashboard.Query(List.of()), bed.admin);

        assertThat(dashboard.membersBySeniority())
                .extracting(b -> b.band().label(), RegistryDashboard.BandCount::members)
                .containsExactly(tuple("Junior", 1L), tuple("Senior", 1L));
    }

    @Test
    void a_band_needs_a_label_and_ordered_dates() {
        assertInvalid(() -> new SeniorityBand(" ", LocalDate.of(2005, 1, 1), LocalDate.of(2004, 1, 1)),
                "label", "bornTo");
    }

    @Test
    void the_dashboard_is_the_admins() {
        Actor unit = bed.aRegisteredUnit("Adoor", "St. Thomas");

        assertForbidden(() -> bed.dashboard.execute(new ViewRegistryDashboard.Query(List.of()), unit));
        assertForbidden(() -> bed.dashboard.execute(new ViewRegistryDashboard.Query(List.of()),
                bed.official(bed.fakes.districts.findAll().get(0).id())));
    }
}
