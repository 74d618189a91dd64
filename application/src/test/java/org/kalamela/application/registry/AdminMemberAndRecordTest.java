package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;
import static org.kalamela.application.registry.Refusals.assertNotFound;
import static org.kalamela.application.registry.Refusals.assertRule;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.member.AdminEditMember;
import org.kalamela.application.registry.member.MemberForm;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.application.registry.unit.SaveUnitDetails;
import org.kalamela.application.registry.unit.UnitRecord;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

class AdminMemberAndRecordTest {

    private static final LocalDate BORN = LocalDate.of(2008, 3, 10);

    private final RegistryTestbed bed = new RegistryTestbed();
    private final Actor unit = bed.aRegisteredUnit("Adoor", "St. Thomas");

    @Test
    void the_admin_corrects_the_identity_of_a_member_with_entries_and_the_audit_keeps_old_and_new() {
        Member anu = bed.addMember.execute(bed.form("Anu", "F", BORN), unit);
        bed.approve(unit);
        bed.fakes.entries.enter(anu.id());

        Member edited = bed.adminEditMember.execute(new AdminEditMember.Command(anu.id(),
                new MemberForm("Anu Mathew", "F", BORN.minusDays(1), anu.details().phone().digits(), "BA", "O+")),
                bed.admin);

        assertThat(edited.details().name()).isEqualTo("Anu Mathew");
        assertThat(bed.fakes.members.findById(anu.id())).contains(edited);
        AuditEntry entry = bed.fakes.audit.last("MEMBER_EDITED_BY_ADMIN");
        assertThat(entry.targetId()).isEqualTo(anu.id().toString());
        assertThat(entry.details()).containsEntry("name", "Anu -> Anu Mathew")
                .containsEntry("dateOfBirth", "2008-03-10 -> 2008-03-09").doesNotContainKey("phone");
    }

    @Test
    void the_admins_edit_is_checked_like_any_other() {
        Member anu = bed.member(unit, "Anu");
        Member binu = bed.member(unit, "Binu");

        assertInvalid(() -> bed.adminEditMember.execute(new AdminEditMember.Command(anu.id(),
                new MemberForm("Anu", "F", LocalDate.of(1900, 1, 1), "123", null, null)), bed.admin),
                "dateOfBirth", "phone");
        assertRule(() -> bed.adminEditMember.execute(new AdminEditMember.Command(anu.id(),
                bed.form("Binu", "F", binu.details().dateOfBirth())), bed.admin), "DUPLICATE_MEMBER");
        assertNotFound(() -> bed.adminEditMember.execute(new AdminEditMember.Command(MemberId.of(999),
                bed.form("X", "F", BORN)), bed.admin));
        assertForbidden(() -> bed.adminEditMember.execute(new AdminEditMember.Command(anu.id(),
                bed.form("X", "F", BORN)), unit));
    }

    @Test
    void the_unit_record_gathers_everything_with_ages_today() {
        Member anu = bed.addMember.execute(bed.form("Anu", "F", BORN), unit);
        Member binu = bed.addMember.execute(bed.form("Binu", "M", BORN.plusDays(1)), unit);
        bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of(binu.id())), unit);
        bed.saveDetails.execute(new SaveUnitDetails.Command(2026, 30), unit);
        bed.saveOfficials.execute(bed.officials("Alpha"), unit);

        UnitRecord record = bed.viewUnitRecord.execute(unit.unitId(), bed.admin);

        assertThat(record.unit().name()).isEqualTo("St. Thomas");
        assertThat(record.district().name()).isEqualTo("Adoor");
        assertThat(record.registration().status()).isEqualTo(RegistrationStatus.REGISTRATION_STARTED);
        assertThat(record.details().memberCount()).isEqualTo(30);
        assertThat(record.officials().holder(Office.PRESIDENT).name()).isEqualTo("Alpha President");
        assertThat(record.asOf()).isEqualTo(RegistryTestbed.TODAY);
        assertThat(record.members()).extracting(m -> m.member().id(), UnitRecord.AgedMember::age)
                .containsExactly(tuple(anu.id(), 18),
                        tuple(binu.id(), 17));
        assertThat(record.councilors()).extracting(m -> m.member().id()).containsExactly(binu.id());
    }

    @Test
    void a_fresh_registration_has_no_details_or_officials_yet() {
        UnitRecord record = bed.viewOwnUnitRecord.execute(unit);

        assertThat(record.details()).isNull();
        assertThat(record.officials()).isNull();
        assertThat(record.members()).isEmpty();
    }

    @Test
    void a_unit_sees_its_own_record_and_never_another() {
        Actor other = bed.aRegisteredUnit("Pallom", "Bethel");

        assertThat(bed.viewUnitRecord.execute(unit.unitId(), unit).unit().id()).isEqualTo(unit.unitId());
        assertNotFound(() -> bed.viewUnitRecord.execute(other.unitId(), unit));
        assertNotFound(() -> bed.viewUnitRecord.execute(UnitId.of(999), bed.admin));
        assertForbidden(() -> bed.viewUnitRecord.execute(unit.unitId(),
                bed.official(bed.fakes.districts.findAll().get(0).id())));
    }

    @Test
    void an_unregistered_unit_has_no_record() {
        UnitId unregistered = bed.unitName(bed.district("Kottayam"), "Zion").id();

        assertNotFound(() -> bed.viewUnitRecord.execute(unregistered, bed.admin));
    }

    @Test
    void a_unit_reads_its_own_members_page_by_page_and_never_another_units() {
        Member anu = bed.addMember.execute(bed.form("Anu", "F", BORN), unit);
        Member binu = bed.addMember.execute(bed.form("Binu", "M", BORN.plusDays(1)), unit);
        Member chinnu = bed.addMember.execute(bed.form("Chinnu", "F", BORN), unit);
        Actor other = bed.aRegisteredUnit("Pallom", "Bethel");
        Member stranger = bed.addMember.execute(bed.form("Dani", "M", BORN), other);

        Page<UnitRecord.AgedMember> second = bed.viewOwnMembers.execute(new PageRequest(1, 2), unit);

        assertThat(second.items()).extracting(m -> m.member().id()).containsExactly(chinnu.id());
        assertThat(second.total()).isEqualTo(3);
        assertThat(bed.viewOwnMembers.execute(new PageRequest(0, 2), unit).items())
                .extracting(m -> m.member().id(), UnitRecord.AgedMember::age)
                .containsExactly(tuple(anu.id(), 18), tuple(binu.id(), 17));
        assertThat(bed.viewOwnMember.execute(binu.id(), unit).member().details().name()).isEqualTo("Binu");
        assertNotFound(() -> bed.viewOwnMember.execute(stranger.id(), unit));
        assertNotFound(() -> bed.viewOwnMember.execute(MemberId.of(999), unit));
        assertForbidden(() -> bed.viewOwnMembers.execute(new PageRequest(0, 2), bed.admin));
    }
}
