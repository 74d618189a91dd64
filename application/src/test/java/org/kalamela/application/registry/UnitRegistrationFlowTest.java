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
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.application.registry.officials.SaveUnitOfficials;
import org.kalamela.application.registry.registration.ReturnRegistration;
import org.kalamela.application.registry.unit.SaveUnitDetails;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.UnitId;

class UnitRegistrationFlowTest {

    private final RegistryTestbed bed = new RegistryTestbed();
    private final Actor unit = bed.aRegisteredUnit("Adoor", "St. Thomas");

    @Test
    void a_unit_states_its_details_and_saving_again_replaces_them() {
        bed.saveDetails.execute(new SaveUnitDetails.Command(2025, 30), unit);
        UnitDetails saved = bed.saveDetails.execute(new SaveUnitDetails.Command(2026, 32), unit);

        assertThat(saved).isEqualTo(new UnitDetails(unit.unitId(), 2026, 32));
        assertThat(bed.fakes.details.findByUnit(unit.unitId())).contains(saved);
    }

    @Test
    void invalid_details_are_reported_per_field() {
        assertInvalid(() -> bed.saveDetails.execute(new SaveUnitDetails.Command(null, null), unit),
                "registrationYear", "memberCount");
        assertInvalid(() -> bed.saveDetails.execute(new SaveUnitDetails.Command(2028, 10), unit), "registrationYear");
        assertInvalid(() -> bed.saveDetails.execute(new SaveUnitDetails.Command(2026, -1), unit), "memberCount");
    }

    @Test
    void a_unit_names_its_five_office_holders() {
        UnitOfficials saved = bed.saveOfficials.execute(bed.officials("Alpha"), unit);

        assertThat(saved.holder(Office.JOINT_SECRETARY).name()).isEqualTo("Alpha Joint Secretary");
        assertThat(bed.fakes.officials.findByUnit(unit.unitId())).contains(saved);
    }

    @Test
    void office_holder_errors_name_the_office() {
        SaveUnitOfficials.Holder good = new SaveUnitOfficials.Holder("Name", bed.phone());
        var command = new SaveUnitOfficials.Command(good, null, good,
                new SaveUnitOfficials.Holder("", "+91 98765"), good);

        assertInvalid(() -> bed.saveOfficials.execute(command, unit), "vicePresident.name", "vicePresident.phone",
                "jointSecretary.name", "jointSecretary.phone");
    }

    @Test
    void councilors_are_chosen_among_the_units_own_members() {
        Member anu = bed.member(unit, "Anu");
        Member binu = bed.member(unit, "Binu");
        Actor other = bed.aRegisteredUnit("Pallom", "Bethel");
        Member stranger = bed.member(other, "Stranger");

        List<Councilor> chosen =
                bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of(binu.id(), anu.id())), unit);

        assertThat(chosen).extracting(Councilor::memberId).containsExactly(binu.id(), anu.id());
        assertNotFound(() -> bed.chooseCouncilors.execute(
                new ChooseCouncilors.Command(List.of(anu.id(), stranger.id())), unit));
        assertInvalid(() -> bed.chooseCouncilors.execute(
                new ChooseCouncilors.Command(List.of(anu.id(), anu.id())), unit), "memberIds");
        assertThat(bed.chooseCouncilors.execute(new ChooseCouncilors.Command(null), unit)).isEmpty();
    }

    @Test
    void an_incomplete_registration_is_not_submitted() {
        assertRule(() -> bed.submit.execute(unit), "REGISTRATION_INCOMPLETE");

        bed.saveDetails.execute(new SaveUnitDetails.Command(2026, 30), unit);
        bed.saveOfficials.execute(bed.officials("U"), unit);
        assertRule(() -> bed.submit.execute(unit), "REGISTRATION_INCOMPLETE");
    }

    @Test
    void a_submitted_unit_is_locked_until_the_admin_returns_it() {
        Member member = bed.member(unit, "Anu");
        bed.completeAndSubmit(unit);

        assertThat(status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertRule(() -> bed.saveDetails.execute(new SaveUnitDetails.Command(2026, 31), unit), "UNIT_LOCKED");
        assertRule(() -> bed.saveOfficials.execute(bed.officials("New"), unit), "UNIT_LOCKED");
        assertRule(() -> bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of()), unit), "UNIT_LOCKED");
        assertRule(() -> bed.member(unit, "Late"), "UNIT_LOCKED");
        assertRule(() -> bed.editMember.execute(new EditMember.Command(member.id(),
                bed.form("Anu", "F", LocalDate.of(2005, 6, 1))), unit), "UNIT_LOCKED");
        assertRule(() -> bed.removeMember.execute(member.id(), unit), "UNIT_LOCKED");
        assertRule(() -> bed.submit.execute(unit), "ILLEGAL_REGISTRATION_TRANSITION");
    }

    @Test
    void a_returned_unit_fixes_its_record_and_submits_again_then_is_approved() {
        bed.completeAndSubmit(unit);

        UnitRegistration returned = bed.returnRegistration.execute(
                new ReturnRegistration.Command(unit.unitId(), "Add the treasurer's phone"), bed.admin);
        assertThat(returned.status()).isEqualTo(RegistrationStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Add the treasurer's phone");
        AuditEntry entry = bed.fakes.audit.last("REGISTRATION_RETURNED");
        assertThat(entry.details()).containsEntry("reason", "Add the treasurer's phone");
        assertThat(entry.targetId()).isEqualTo(unit.unitId().toString());

        bed.saveOfficials.execute(bed.officials("Fixed"), unit);
        assertThat(bed.submit.execute(unit).status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(bed.approveRegistration.execute(unit.unitId(), bed.admin).status())
                .isEqualTo(RegistrationStatus.APPROVED);
        assertThat(status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(bed.fakes.audit.actions()).containsSubsequence("REGISTRATION_SUBMITTED", "REGISTRATION_RETURNED",
                "REGISTRATION_SUBMITTED", "REGISTRATION_APPROVED");
    }

    @Test
    void the_admin_reviews_only_submitted_registrations() {
        assertRule(() -> bed.approveRegistration.execute(unit.unitId(), bed.admin), "ILLEGAL_REGISTRATION_TRANSITION");
        assertRule(() -> bed.returnRegistration.execute(new ReturnRegistration.Command(unit.unitId(), "Why"),
                bed.admin), "ILLEGAL_REGISTRATION_TRANSITION");
        bed.approve(unit);
        assertRule(() -> bed.returnRegistration.execute(new ReturnRegistration.Command(unit.unitId(), "Late"),
                bed.admin), "ILLEGAL_REGISTRATION_TRANSITION");
        assertRule(() -> bed.submit.execute(unit), "ILLEGAL_REGISTRATION_TRANSITION");
    }

    @Test
    void returning_needs_a_reason() {
        bed.completeAndSubmit(unit);

        assertInvalid(() -> bed.returnRegistration.execute(new ReturnRegistration.Command(unit.unitId(), " "),
                bed.admin), "reason");
        assertThat(status()).isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void an_approved_unit_keeps_its_details_officials_and_councilors() {
        bed.approve(unit);

        assertRule(() -> bed.saveDetails.execute(new SaveUnitDetails.Command(2026, 31), unit), "UNIT_LOCKED");
        assertRule(() -> bed.saveOfficials.execute(bed.officials("New"), unit), "UNIT_LOCKED");
        assertRule(() -> bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of()), unit), "UNIT_LOCKED");
    }

    @Test
    void only_the_admin_reviews_and_an_unknown_unit_is_not_found() {
        bed.completeAndSubmit(unit);

        assertForbidden(() -> bed.approveRegistration.execute(unit.unitId(), unit));
        Actor official = bed.official(bed.fakes.districts.findAll().get(0).id());
        assertForbidden(() -> bed.approveRegistration.execute(unit.unitId(), official));
        assertNotFound(() -> bed.approveRegistration.execute(UnitId.of(999), bed.admin));
    }

    @Test
    void only_a_unit_account_uses_the_unit_use_cases() {
        Actor official = bed.official(bed.fakes.districts.findAll().get(0).id());

        assertForbidden(() -> bed.saveDetails.execute(new SaveUnitDetails.Command(2026, 3), official));
        assertForbidden(() -> bed.saveOfficials.execute(bed.officials("X"), official));
        assertForbidden(() -> bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of()), official));
        assertForbidden(() -> bed.submit.execute(official));
        assertForbidden(() -> bed.member(official, "X"));
        assertForbidden(() -> bed.submit.execute(bed.admin));
    }

    private RegistrationStatus status() {
        return bed.fakes.registrations.findByUnit(unit.unitId()).orElseThrow().status();
    }
}
