package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;
import static org.kalamela.application.registry.Refusals.assertNotFound;
import static org.kalamela.application.registry.Refusals.assertRule;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.member.EditMember;
import org.kalamela.application.registry.member.MemberForm;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class UnitMembersTest {

    private static final LocalDate BORN = LocalDate.of(2005, 6, 1);

    private final RegistryTestbed bed = new RegistryTestbed();
    private final Actor unit = bed.aRegisteredUnit("Adoor", "St. Thomas");

    private Member add(MemberForm form) {
        return bed.addMember.execute(form, unit);
    }

    private Member edit(Member member, MemberForm form) {
        return bed.editMember.execute(new EditMember.Command(member.id(), form), unit);
    }

    @Test
    void a_unit_adds_a_member_with_every_field_read_as_typed() {
        Member anu = add(new MemberForm(" Anu  Mathew ", "f", BORN, "+91 98470-12345", "BSc", "ab +ve"));

        assertThat(anu.unitId()).isEqualTo(unit.unitId());
        assertThat(anu.details().name()).isEqualTo("Anu Mathew");
        assertThat(anu.details().gender()).isEqualTo(Gender.F);
        assertThat(anu.details().phone().digits()).isEqualTo("9847012345");
        assertThat(anu.details().bloodGroup()).isEqualTo(BloodGroup.AB_POSITIVE);
        assertThat(bed.fakes.members.findById(anu.id())).contains(anu);
        assertThat(bed.fakes.audit.actions()).doesNotContain("MEMBER_ADDED");
    }

    @Test
    void qualification_and_blood_group_are_optional() {
        Member binu = add(new MemberForm("Binu", "M", BORN, bed.phone(), " ", ""));

        assertThat(binu.details().qualification()).isNull();
        assertThat(binu.details().bloodGroup()).isNull();
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertInvalid(() -> add(new MemberForm("", "X", null, "12345", "q".repeat(101), "C+")),
                "name", "gender", "dateOfBirth", "phone", "qualification", "bloodGroup");
    }

    @Test
    void the_date_of_birth_must_be_plausible_today() {
        LocalDate youngest = RegistryTestbed.TODAY.minusYears(10);
        LocalDate oldest = RegistryTestbed.TODAY.minusYears(81).plusDays(1);

        add(bed.form("Youngest", "F", youngest));
        add(bed.form("Oldest", "M", oldest));
        assertInvalid(() -> add(bed.form("Too young", "F", youngest.plusDays(1))), "dateOfBirth");
        assertInvalid(() -> add(bed.form("Too old", "M", oldest.minusDays(1))), "dateOfBirth");
        assertInvalid(() -> add(bed.form("Unborn", "M", RegistryTestbed.TODAY.plusDays(1))), "dateOfBirth");
    }

    @Test
    void a_phone_belongs_to_one_member_across_units() {
        Member anu = add(new MemberForm("Anu", "F", BORN, "9847012345", null, null));
        Actor other = bed.aRegisteredUnit("Pallom", "Bethel");

        assertRule(() -> bed.addMember.execute(new MemberForm("Other", "M", BORN, "+919847012345", null, null), other),
                "PHONE_IN_USE");
        Member binu = add(bed.form("Binu", "M", BORN));
        assertRule(() -> edit(binu, new MemberForm("Binu", "M", BORN, "9847012345", null, null)), "PHONE_IN_USE");
        assertThat(edit(anu, new MemberForm("Anu", "F", BORN, "9847012345", "MA", null)).details().qualification())
                .isEqualTo("MA");
    }

    @Test
    void a_unit_has_one_member_of_a_name_and_birth_date() {
        add(bed.form("Anu Mathew", "F", BORN));

        assertRule(() -> add(bed.form("ANU  mathew", "F", BORN)), "DUPLICATE_MEMBER");
        assertThat(add(bed.form("Anu Mathew", "F", BORN.plusDays(1))).details().name()).isEqualTo("Anu Mathew");
        Actor other = bed.aRegisteredUnit("Pallom", "Bethel");
        assertThat(bed.addMember.execute(bed.form("Anu Mathew", "F", BORN), other).unitId()).isEqualTo(other.unitId());
    }

    @Test
    void a_member_is_edited_while_the_registration_is_open() {
        Member anu = add(bed.form("Anu", "F", BORN));

        Member edited = edit(anu, new MemberForm("Anu Mathew", "F", BORN.minusYears(1), "9000099999", "MSc", "O-"));

        assertThat(edited.id()).isEqualTo(anu.id());
        assertThat(edited.details().name()).isEqualTo("Anu Mathew");
        assertThat(bed.fakes.members.findById(anu.id())).contains(edited);
    }

    @Test
    void the_identity_of_a_member_with_entries_changes_only_through_the_admin() {
        Member anu = add(bed.form("Anu", "F", BORN));
        bed.fakes.entries.enter(anu.id());

        assertRule(() -> edit(anu, bed.form("Anu M", "F", BORN)), "MEMBER_HAS_ENTRIES");
        assertRule(() -> edit(anu, bed.form("Anu", "M", BORN)), "MEMBER_HAS_ENTRIES");
        assertRule(() -> edit(anu, bed.form("Anu", "F", BORN.plusDays(1))), "MEMBER_HAS_ENTRIES");
        assertRule(() -> bed.removeMember.execute(anu.id(), unit), "MEMBER_HAS_ENTRIES");
        assertThat(edit(anu, new MemberForm("ANU", "F", BORN, bed.phone(), "PhD", "B-")).details().qualification())
                .isEqualTo("PhD");
    }

    @Test
    void removing_a_councilor_member_also_drops_the_councilor() {
        Member anu = add(bed.form("Anu", "F", BORN));
        Member binu = add(bed.form("Binu", "M", BORN));
        bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of(anu.id(), binu.id())), unit);

        bed.removeMember.execute(anu.id(), unit);

        assertThat(bed.fakes.members.findById(anu.id())).isEmpty();
        assertThat(bed.fakes.councilors.findByUnit(unit.unitId())).extracting(c -> c.memberId())
                .containsExactly(binu.id());
    }

    @Test
    void another_units_member_is_not_found() {
        Actor other = bed.aRegisteredUnit("Pallom", "Bethel");
        Member stranger = bed.member(other, "Stranger");

        assertNotFound(() -> edit(stranger, bed.form("Mine now", "F", BORN)));
        assertNotFound(() -> bed.removeMember.execute(stranger.id(), unit));
        assertNotFound(() -> bed.removeMember.execute(MemberId.of(999), unit));
        assertThat(bed.fakes.members.findById(stranger.id())).contains(stranger);
    }

    @Test
    void a_district_official_or_the_admin_cannot_use_the_unit_member_use_cases() {
        Member anu = add(bed.form("Anu", "F", BORN));
        Actor official = bed.official(bed.fakes.districts.findAll().get(0).id());

        assertForbidden(() -> bed.addMember.execute(bed.form("X", "M", BORN), official));
        assertForbidden(() -> bed.editMember.execute(new EditMember.Command(anu.id(), bed.form("X", "M", BORN)),
                official));
        assertForbidden(() -> bed.removeMember.execute(anu.id(), official));
        assertForbidden(() -> bed.removeMember.execute(anu.id(), bed.admin));
    }

    @Test
    void an_approved_unit_adds_and_edits_members_with_audit_but_removes_none() {
        bed.approve(unit);
        Member anu = add(bed.form("Anu", "F", BORN));
        assertThat(bed.fakes.audit.last("MEMBER_ADDED").details()).containsEntry("name", "Anu");

        edit(anu, new MemberForm("Anu", "F", BORN, "9000011111", "MBA", "A+"));

        assertThat(bed.fakes.audit.last("MEMBER_EDITED").details())
                .containsEntry("phone", anu.details().phone() + " -> 9000011111")
                .containsEntry("qualification", "BA -> MBA")
                .containsEntry("bloodGroup", "O+ -> A+")
                .doesNotContainKey("name");
        assertRule(() -> bed.removeMember.execute(anu.id(), unit), "UNIT_LOCKED");
    }

    @Test
    void an_approved_unit_corrects_the_name_of_a_member_without_entries() {
        bed.approve(unit);
        Member anu = add(bed.form("Anu", "F", BORN));

        assertThat(edit(anu, bed.form("Anu Mathew", "F", BORN)).details().name()).isEqualTo("Anu Mathew");
        bed.fakes.entries.enter(anu.id());
        assertRule(() -> edit(anu, bed.form("Anu M", "F", BORN)), "MEMBER_HAS_ENTRIES");
    }

    @Test
    void an_invalid_edit_changes_nothing() {
        Member anu = add(bed.form("Anu", "F", BORN));

        assertInvalid(() -> edit(anu, new MemberForm("Anu", "F", BORN, "bad", null, null)), "phone");

        assertThat(bed.fakes.members.findById(anu.id())).contains(anu);
    }
}
