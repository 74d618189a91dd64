package org.kalamela.application.registry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;
import static org.kalamela.application.registry.Refusals.assertNotFound;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.RegistryTestbed;
import org.kalamela.application.registry.export.ExportRegistry.Command;
import org.kalamela.application.registry.export.ExportRegistry.Kind;
import org.kalamela.application.registry.fakes.RecordingSpreadsheetWriter.WrittenSheet;
import org.kalamela.application.registry.member.MemberForm;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class ExportRegistryTest {

    private final RegistryTestbed bed = new RegistryTestbed();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private District adoor;
    private Actor thomas;
    private Actor bethel;
    private Member anu;

    @BeforeEach
    void scene() {
        adoor = bed.district("Adoor");
        thomas = bed.register(bed.unitName(adoor, "St. Thomas"));
        bethel = bed.register(bed.unitName(bed.district("Pallom"), "Bethel"));
        anu = bed.addMember.execute(new MemberForm("Anu", "F", LocalDate.of(2008, 3, 10), "9847012345", "BSc", "B+"),
                thomas);
        bed.addMember.execute(bed.form("Cicy", "F", LocalDate.of(1996, 1, 1)), bethel);
        bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of(anu.id())), thomas);
        bed.saveOfficials.execute(bed.officials("Thomas"), thomas);
    }

    private WrittenSheet export(Command command) {
        bed.export.execute(command, bed.admin, out);
        return bed.fakes.spreadsheets.sheets().get(bed.fakes.spreadsheets.sheets().size() - 1);
    }

    @Test
    void members_with_the_columns_the_office_needs_and_ages_today() {
        WrittenSheet sheet = export(new Command(Kind.MEMBERS, null, null));

        assertThat(sheet.name()).isEqualTo("Members");
        assertThat(sheet.rows().get(0)).containsExactly("District", "Unit", "Name", "Gender", "Date of birth", "Age",
                "Phone", "Qualification", "Blood group");
        assertThat(sheet.rows().get(1)).containsExactly("Adoor", "St. Thomas", "Anu", "F", LocalDate.of(2008, 3, 10),
                18, "9847012345", "BSc", "B+");
        assertThat(sheet.rows()).hasSize(3);
    }

    @Test
    void one_district_or_one_unit() {
        assertThat(export(new Command(Kind.MEMBERS, adoor.id(), null)).rows()).hasSize(2);
        assertThat(export(new Command(Kind.MEMBERS, null, bethel.unitId())).rows().get(1)).contains("Cicy");
    }

    @Test
    void councilors_and_officials() {
        WrittenSheet councilors = export(new Command(Kind.COUNCILORS, null, null));
        assertThat(councilors.rows().get(0)).containsExactly("District", "Unit", "Name", "Gender", "Date of birth",
                "Age", "Phone");
        assertThat(councilors.rows()).hasSize(2);

        WrittenSheet officials = export(new Command(Kind.OFFICIALS, null, thomas.unitId()));
        assertThat(officials.rows().get(0)).containsExactly("District", "Unit", "Office", "Name", "Phone");
        assertThat(officials.rows()).hasSize(6);
        assertThat(officials.rows().get(1)).startsWith("Adoor", "St. Thomas", "President", "Thomas President");
    }

    @Test
    void every_export_is_audited() {
        export(new Command(Kind.OFFICIALS, adoor.id(), null));

        AuditEntry entry = bed.fakes.audit.last("REGISTRY_EXPORTED");
        assertThat(entry.actorName()).isEqualTo("admin");
        assertThat(entry.targetId()).isEqualTo("officials-district-" + adoor.id());
        assertThat(entry.details()).containsEntry("kind", "OFFICIALS");
    }

    @Test
    void file_names_say_what_the_file_holds() {
        assertThat(new Command(Kind.MEMBERS, null, null).fileName()).isEqualTo("members-all");
        assertThat(new Command(Kind.COUNCILORS, DistrictId.of(3), null).fileName()).isEqualTo("councilors-district-3");
        assertThat(new Command(Kind.OFFICIALS, null, UnitId.of(17)).fileName()).isEqualTo("officials-unit-17");
    }

    @Test
    void a_scope_is_everything_one_district_or_one_unit_that_exists() {
        assertInvalid(() -> bed.export.execute(new Command(Kind.MEMBERS, adoor.id(), thomas.unitId()), bed.admin, out),
                "unitId");
        assertInvalid(() -> bed.export.execute(new Command(null, null, null), bed.admin, out), "kind");
        assertNotFound(() -> bed.export.execute(new Command(Kind.MEMBERS, DistrictId.of(999), null), bed.admin, out));
        assertNotFound(() -> bed.export.execute(new Command(Kind.MEMBERS, null, UnitId.of(999)), bed.admin, out));
        assertThat(bed.fakes.audit.actions()).doesNotContain("REGISTRY_EXPORTED");
    }

    @Test
    void only_the_admin_exports() {
        assertForbidden(() -> bed.export.execute(new Command(Kind.MEMBERS, null, null), thomas, out));
        assertForbidden(() -> bed.export.execute(new Command(Kind.MEMBERS, null, null), bed.official(adoor.id()), out));
        assertThat(bed.fakes.spreadsheets.sheets()).isEmpty();
    }
}
