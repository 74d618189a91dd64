package org.kalamela.application.registry;

import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.district.ManageDistricts;
import org.kalamela.application.registry.unit.ManageUnitNames;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;
import static org.kalamela.application.registry.Refusals.assertNotFound;
import static org.kalamela.application.registry.Refusals.assertRule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.PageRequest;

class MasterDataTest {

    private final RegistryTestbed bed = new RegistryTestbed();
    private final Actor admin = bed.admin;

    @Test
    void the_admin_creates_a_district_with_tidy_name_and_limits_and_it_is_audited() {
        District adoor = bed.manageDistricts.create(new ManageDistricts.Create("  Adoor ", 5, 25), admin);

        assertThat(adoor.name()).isEqualTo("Adoor");
        assertThat(adoor.active()).isTrue();
        assertThat(adoor.conferenceLimits()).isEqualTo(new ConferenceLimits(5, 25));
        AuditEntry entry = bed.fakes.audit.last("DISTRICT_CREATED");
        assertThat(entry.actorName()).isEqualTo("admin");
        assertThat(entry.targetId()).isEqualTo(adoor.id().toString());
        assertThat(entry.at()).isEqualTo(RegistryTestbed.NOW);
    }

    @Test
    void district_names_are_unique_ignoring_case() {
        bed.manageDistricts.create(new ManageDistricts.Create("Adoor", null, null), admin);
        District pallom = bed.manageDistricts.create(new ManageDistricts.Create("Pallom", null, null), admin);

        assertRule(() -> bed.manageDistricts.create(new ManageDistricts.Create("ADOOR", 1, 1), admin),
                "DISTRICT_NAME_TAKEN");
        assertRule(() -> bed.manageDistricts.rename(new ManageDistricts.Rename(pallom.id(), "adoor"), admin),
                "DISTRICT_NAME_TAKEN");
        assertThat(bed.manageDistricts.rename(new ManageDistricts.Rename(pallom.id(), "PALLOM"), admin).name())
                .isEqualTo("PALLOM");
    }

    @Test
    void invalid_district_fields_are_reported() {
        assertInvalid(() -> bed.manageDistricts.create(new ManageDistricts.Create(" ", 1, 1), admin), "name");
        assertInvalid(() -> bed.manageDistricts.create(new ManageDistricts.Create("Adoor", -1, -2), admin),
                "conferenceOfficialLimit", "conferenceMemberLimit");
    }

    @Test
    void deactivating_keeps_the_district_and_hides_it_from_the_public_list() {
        District adoor = bed.district("Adoor");
        bed.district("Kottayam");

        District inactive = bed.manageDistricts.deactivate(adoor.id(), admin);

        assertThat(inactive.active()).isFalse();
        assertThat(bed.listDistricts.publicList()).extracting(District::name).containsExactly("Kottayam");
        assertThat(bed.listDistricts.forAdmin(admin)).extracting(District::name).containsExactly("Adoor", "Kottayam");
        assertThat(bed.fakes.audit.actions()).containsExactly("DISTRICT_DEACTIVATED");
        assertThat(bed.manageDistricts.reactivate(adoor.id(), admin).active()).isTrue();
        assertThat(bed.manageDistricts.reactivate(adoor.id(), admin).active()).isTrue();
        assertThat(bed.fakes.audit.actions()).containsExactly("DISTRICT_DEACTIVATED", "DISTRICT_REACTIVATED");
    }

    @Test
    void conference_limits_change_and_the_audit_keeps_old_and_new() {
        District adoor = bed.district("Adoor");

        District changed = bed.manageDistricts.changeConferenceLimits(
                new ManageDistricts.ChangeConferenceLimits(adoor.id(), 4, 20), admin);

        assertThat(changed.conferenceLimits()).isEqualTo(new ConferenceLimits(4, 20));
        assertThat(bed.fakes.audit.last("DISTRICT_CONFERENCE_LIMITS_CHANGED").details())
                .containsEntry("officials", "5 -> 4").containsEntry("members", "25 -> 20");
    }

    @Test
    void a_district_with_data_is_never_deleted_one_without_is() {
        District adoor = bed.district("Adoor");
        District typo = bed.district("Adooor");
        bed.unitName(adoor, "St. Thomas");

        assertRule(() -> bed.manageDistricts.delete(adoor.id(), admin), "DISTRICT_HAS_DATA");
        bed.manageDistricts.delete(typo.id(), admin);

        assertThat(bed.fakes.districts.findById(typo.id())).isEmpty();
        assertThat(bed.fakes.audit.actions()).containsExactly("DISTRICT_DELETED");
    }

    @Test
    void an_unknown_district_is_not_found() {
        assertNotFound(() -> bed.manageDistricts.deactivate(DistrictId.of(99), admin));
        assertNotFound(() -> bed.listUnitNames.publicList(DistrictId.of(99)));
    }

    @Test
    void only_the_admin_manages_master_data() {
        District adoor = bed.district("Adoor");
        Actor official = bed.official(adoor.id());
        Actor unit = bed.register(bed.unitName(adoor, "St. Thomas"));

        assertForbidden(() -> bed.manageDistricts.create(new ManageDistricts.Create("X", 1, 1), official));
        assertForbidden(() -> bed.manageDistricts.deactivate(adoor.id(), unit));
        assertForbidden(() -> bed.manageUnitNames.create(new ManageUnitNames.Create(adoor.id(), "Y"), unit));
        assertForbidden(() -> bed.listDistricts.forAdmin(official));
        assertForbidden(() -> bed.importDistricts.execute(new ImportDistricts.Command(List.of()), official));
    }

    @Test
    void unit_names_are_unique_within_their_district_and_renamed_with_audit() {
        District adoor = bed.district("Adoor");
        District pallom = bed.district("Pallom");
        UnitName thomas = bed.manageUnitNames.create(new ManageUnitNames.Create(adoor.id(), "St. Thomas"), admin);
        bed.manageUnitNames.create(new ManageUnitNames.Create(pallom.id(), "St. Thomas"), admin);

        assertRule(() -> bed.manageUnitNames.create(new ManageUnitNames.Create(adoor.id(), "st.  thomas"), admin),
                "UNIT_NAME_TAKEN");
        UnitName renamed = bed.manageUnitNames.rename(new ManageUnitNames.Rename(thomas.id(), "Mar Thoma"), admin);

        assertThat(renamed.name()).isEqualTo("Mar Thoma");
        assertThat(bed.fakes.audit.last("UNIT_NAME_RENAMED").details())
                .containsEntry("from", "St. Thomas").containsEntry("to", "Mar Thoma");
        assertNotFound(() -> bed.manageUnitNames.create(new ManageUnitNames.Create(DistrictId.of(99), "Z"), admin));
        assertInvalid(() -> bed.manageUnitNames.create(new ManageUnitNames.Create(null, "Z"), admin), "districtId");
    }

    @Test
    void the_public_list_offers_the_active_names_of_an_active_district() {
        District adoor = bed.district("Adoor");
        UnitName closed = bed.unitName(adoor, "Bethel");
        bed.unitName(adoor, "Ascension");
        bed.manageUnitNames.deactivate(closed.id(), admin);

        assertThat(bed.listUnitNames.publicList(adoor.id())).extracting(UnitName::name).containsExactly("Ascension");

        bed.manageDistricts.deactivate(adoor.id(), admin);
        assertNotFound(() -> bed.listUnitNames.publicList(adoor.id()));
    }

    @Test
    void the_admin_lists_unit_names_with_their_registration() {
        District adoor = bed.district("Adoor");
        bed.register(bed.unitName(adoor, "Bethel"));
        bed.unitName(adoor, "Ascension");

        var page = bed.listUnitNames.forAdmin(new RegistryListReader.UnitNameFilter(adoor.id(), null, false, null),
                new PageRequest(0, 10), admin);

        assertThat(page.items()).extracting(UnitNameRow::name).containsExactly("Ascension");
        assertThat(bed.listUnitNames.forAdmin(null, new PageRequest(0, 10), admin).total()).isEqualTo(2);
    }

    @Test
    void a_registered_unit_name_is_deactivated_not_deleted() {
        District adoor = bed.district("Adoor");
        UnitName bethel = bed.unitName(adoor, "Bethel");
        UnitName typo = bed.unitName(adoor, "Bethell");
        bed.register(bethel);

        assertRule(() -> bed.manageUnitNames.delete(bethel.id(), admin), "UNIT_HAS_DATA");
        bed.manageUnitNames.delete(typo.id(), admin);

        assertThat(bed.fakes.unitNames.findById(typo.id())).isEmpty();
        assertThat(bed.manageUnitNames.deactivate(bethel.id(), admin).active()).isFalse();
    }
}
