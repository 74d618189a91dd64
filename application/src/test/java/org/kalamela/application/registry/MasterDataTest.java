package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;
import static org.kalamela.application.registry.Refusals.assertNotFound;
import static org.kalamela.application.registry.Refusals.assertRule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.district.ChangeConferenceLimits;
import org.kalamela.application.registry.district.CreateDistrict;
import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.district.RenameDistrict;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;
import org.kalamela.application.registry.unit.CreateUnitName;
import org.kalamela.application.registry.unit.RenameUnitName;
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
        District adoor = bed.createDistrict.execute(new CreateDistrict.Command("  Adoor ", 5, 25), admin);

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
        bed.createDistrict.execute(new CreateDistrict.Command("Adoor", null, null), admin);
        District pallom = bed.createDistrict.execute(new CreateDistrict.Command("Pallom", null, null), admin);

        assertRule(() -> bed.createDistrict.execute(new CreateDistrict.Command("ADOOR", 1, 1), admin),
                "DISTRICT_NAME_TAKEN");
        assertRule(() -> bed.renameDistrict.execute(new RenameDistrict.Command(pallom.id(), "adoor"), admin),
                "DISTRICT_NAME_TAKEN");
        assertThat(bed.renameDistrict.execute(new RenameDistrict.Command(pallom.id(), "PALLOM"), admin).name())
                .isEqualTo("PALLOM");
    }

    @Test
    void invalid_district_fields_are_reported() {
        assertInvalid(() -> bed.createDistrict.execute(new CreateDistrict.Command(" ", 1, 1), admin), "name");
        assertInvalid(() -> bed.createDistrict.execute(new CreateDistrict.Command("Adoor", -1, -2), admin),
                "conferenceOfficialLimit", "conferenceMemberLimit");
    }

    @Test
    void deactivating_keeps_the_district_and_hides_it_from_the_public_list() {
        District adoor = bed.district("Adoor");
        bed.district("Kottayam");

        District inactive = bed.deactivateDistrict.execute(adoor.id(), admin);

        assertThat(inactive.active()).isFalse();
        assertThat(bed.listActiveDistricts.execute()).extracting(District::name).containsExactly("Kottayam");
        assertThat(bed.listDistricts.execute(admin)).extracting(District::name).containsExactly("Adoor", "Kottayam");
        assertThat(bed.fakes.audit.actions()).containsExactly("DISTRICT_DEACTIVATED");
        assertThat(bed.reactivateDistrict.execute(adoor.id(), admin).active()).isTrue();
        assertThat(bed.reactivateDistrict.execute(adoor.id(), admin).active()).isTrue();
        assertThat(bed.fakes.audit.actions()).containsExactly("DISTRICT_DEACTIVATED", "DISTRICT_REACTIVATED");
    }

    @Test
    void conference_limits_change_and_the_audit_keeps_old_and_new() {
        District adoor = bed.district("Adoor");

        District changed = bed.changeConferenceLimits.execute(
                new ChangeConferenceLimits.Command(adoor.id(), 4, 20), admin);

        assertThat(changed.conferenceLimits()).isEqualTo(new ConferenceLimits(4, 20));
        assertThat(bed.fakes.audit.last("DISTRICT_CONFERENCE_LIMITS_CHANGED").details())
                .containsEntry("officials", "5 -> 4").containsEntry("members", "25 -> 20");
    }

    @Test
    void a_district_with_data_is_never_deleted_one_without_is() {
        District adoor = bed.district("Adoor");
        District typo = bed.district("Adooor");
        bed.unitName(adoor, "St. Thomas");

        assertRule(() -> bed.deleteDistrict.execute(adoor.id(), admin), "DISTRICT_HAS_DATA");
        bed.deleteDistrict.execute(typo.id(), admin);

        assertThat(bed.fakes.districts.findById(typo.id())).isEmpty();
        assertThat(bed.fakes.audit.actions()).containsExactly("DISTRICT_DELETED");
    }

    @Test
    void an_unknown_district_is_not_found() {
        assertNotFound(() -> bed.deactivateDistrict.execute(DistrictId.of(99), admin));
        assertNotFound(() -> bed.listActiveUnitNames.execute(DistrictId.of(99)));
    }

    @Test
    void only_the_admin_manages_master_data() {
        District adoor = bed.district("Adoor");
        Actor official = bed.official(adoor.id());
        Actor unit = bed.register(bed.unitName(adoor, "St. Thomas"));

        assertForbidden(() -> bed.createDistrict.execute(new CreateDistrict.Command("X", 1, 1), official));
        assertForbidden(() -> bed.deactivateDistrict.execute(adoor.id(), unit));
        assertForbidden(() -> bed.createUnitName.execute(new CreateUnitName.Command(adoor.id(), "Y"), unit));
        assertForbidden(() -> bed.listDistricts.execute(official));
        assertForbidden(() -> bed.importDistricts.execute(new ImportDistricts.Command(List.of()), official));
    }

    @Test
    void unit_names_are_unique_within_their_district_and_renamed_with_audit() {
        District adoor = bed.district("Adoor");
        District pallom = bed.district("Pallom");
        UnitName thomas = bed.createUnitName.execute(new CreateUnitName.Command(adoor.id(), "St. Thomas"), admin);
        bed.createUnitName.execute(new CreateUnitName.Command(pallom.id(), "St. Thomas"), admin);

        assertRule(() -> bed.createUnitName.execute(new CreateUnitName.Command(adoor.id(), "st.  thomas"), admin),
                "UNIT_NAME_TAKEN");
        UnitName renamed = bed.renameUnitName.execute(new RenameUnitName.Command(thomas.id(), "Mar Thoma"), admin);

        assertThat(renamed.name()).isEqualTo("Mar Thoma");
        assertThat(bed.fakes.audit.last("UNIT_NAME_RENAMED").details())
                .containsEntry("from", "St. Thomas").containsEntry("to", "Mar Thoma");
        assertNotFound(() -> bed.createUnitName.execute(new CreateUnitName.Command(DistrictId.of(99), "Z"), admin));
        assertInvalid(() -> bed.createUnitName.execute(new CreateUnitName.Command(null, "Z"), admin), "districtId");
    }

    @Test
    void the_public_list_offers_the_active_names_of_an_active_district() {
        District adoor = bed.district("Adoor");
        UnitName closed = bed.unitName(adoor, "Bethel");
        bed.unitName(adoor, "Ascension");
        bed.deactivateUnitName.execute(closed.id(), admin);

        assertThat(bed.listActiveUnitNames.execute(adoor.id())).extracting(UnitName::name).containsExactly("Ascension");

        bed.deactivateDistrict.execute(adoor.id(), admin);
        assertNotFound(() -> bed.listActiveUnitNames.execute(adoor.id()));
    }

    @Test
    void the_admin_lists_unit_names_with_their_registration() {
        District adoor = bed.district("Adoor");
        bed.register(bed.unitName(adoor, "Bethel"));
        bed.unitName(adoor, "Ascension");

        var page = bed.listUnitNames.execute(new RegistryListReader.UnitNameFilter(adoor.id(), null, false, null),
                new PageRequest(0, 10), admin);

        assertThat(page.items()).extracting(UnitNameRow::name).containsExactly("Ascension");
        assertThat(bed.listUnitNames.execute(null, new PageRequest(0, 10), admin).total()).isEqualTo(2);
    }

    @Test
    void a_registered_unit_name_is_deactivated_not_deleted() {
        District adoor = bed.district("Adoor");
        UnitName bethel = bed.unitName(adoor, "Bethel");
        UnitName typo = bed.unitName(adoor, "Bethell");
        bed.register(bethel);

        assertRule(() -> bed.deleteUnitName.execute(bethel.id(), admin), "UNIT_HAS_DATA");
        bed.deleteUnitName.execute(typo.id(), admin);

        assertThat(bed.fakes.unitNames.findById(typo.id())).isEmpty();
        assertThat(bed.deactivateUnitName.execute(bethel.id(), admin).active()).isFalse();
    }
}
