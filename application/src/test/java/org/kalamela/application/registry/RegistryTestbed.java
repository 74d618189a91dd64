package org.kalamela.application.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.kalamela.application.festival.fakes.InMemoryEditionRepository;
import org.kalamela.application.registry.dashboard.ViewRegistryDashboard;
import org.kalamela.application.registry.district.ChangeConferenceLimits;
import org.kalamela.application.registry.district.CreateDistrict;
import org.kalamela.application.registry.district.DeactivateDistrict;
import org.kalamela.application.registry.district.DeleteDistrict;
import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.district.ListActiveDistricts;
import org.kalamela.application.registry.district.ListDistricts;
import org.kalamela.application.registry.district.ReactivateDistrict;
import org.kalamela.application.registry.district.RenameDistrict;
import org.kalamela.application.registry.export.ExportRegistry;
import org.kalamela.application.registry.fakes.RegistryFakes;
import org.kalamela.application.registry.member.AddMember;
import org.kalamela.application.registry.member.AdminEditMember;
import org.kalamela.application.registry.member.EditMember;
import org.kalamela.application.registry.member.ListCouncilors;
import org.kalamela.application.registry.member.ListMembers;
import org.kalamela.application.registry.member.MemberForm;
import org.kalamela.application.registry.member.RemoveMember;
import org.kalamela.application.registry.member.ViewOwnMember;
import org.kalamela.application.registry.member.ViewOwnMembers;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.application.registry.officials.ListOfficials;
import org.kalamela.application.registry.officials.SaveUnitOfficials;
import org.kalamela.application.registry.registration.ApproveRegistration;
import org.kalamela.application.registry.registration.RegisterUnit;
import org.kalamela.application.registry.registration.ReturnRegistration;
import org.kalamela.application.registry.registration.SubmitRegistration;
import org.kalamela.application.registry.unit.CreateUnitName;
import org.kalamela.application.registry.unit.DeactivateUnitName;
import org.kalamela.application.registry.unit.DeleteUnitName;
import org.kalamela.application.registry.unit.ImportUnitNames;
import org.kalamela.application.registry.unit.ListActiveUnitNames;
import org.kalamela.application.registry.unit.ListUnitNames;
import org.kalamela.application.registry.unit.ListUnits;
import org.kalamela.application.registry.unit.RenameUnitName;
import org.kalamela.application.registry.unit.SaveUnitDetails;
import org.kalamela.application.registry.unit.ViewOwnUnitRecord;
import org.kalamela.application.registry.unit.ViewUnitRecord;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/** Every registry use case wired to the in-memory fakes, on a fixed day, with helpers to set a scene. */
public class RegistryTestbed {

    public static final Instant NOW = Instant.parse("2026-03-10T06:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    public static final String PASSWORD = "a long unit password";

    public final RegistryFakes fakes = new RegistryFakes();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final RegistryRules rules = RegistryRules.defaults();
    public final PasswordPolicy passwords = new PasswordPolicy(Set.of("password123", "kalamela2026"));

    public final CreateDistrict createDistrict = new CreateDistrict(fakes.districts, fakes.audit, clock);
    public final RenameDistrict renameDistrict = new RenameDistrict(fakes.districts, fakes.audit, clock);
    public final DeactivateDistrict deactivateDistrict = new DeactivateDistrict(fakes.districts, fakes.audit, clock);
    public final ReactivateDistrict reactivateDistrict = new ReactivateDistrict(fakes.districts, fakes.audit, clock);
    public final ChangeConferenceLimits changeConferenceLimits =
            new ChangeConferenceLimits(fakes.districts, fakes.audit, clock);
    public final DeleteDistrict deleteDistrict = new DeleteDistrict(fakes.districts, fakes.audit, clock);
    public final CreateUnitName createUnitName =
            new CreateUnitName(fakes.districts, fakes.unitNames, fakes.audit, clock);
    public final RenameUnitName renameUnitName = new RenameUnitName(fakes.unitNames, fakes.audit, clock);
    public final DeactivateUnitName deactivateUnitName = new DeactivateUnitName(fakes.unitNames, fakes.audit, clock);
    public final DeleteUnitName deleteUnitName = new DeleteUnitName(fakes.unitNames, fakes.audit, clock);
    public final ListDistricts listDistricts = new ListDistricts(fakes.districts);
    public final ListActiveDistricts listActiveDistricts = new ListActiveDistricts(fakes.districts);
    public final ListUnitNames listUnitNames = new ListUnitNames(fakes.lists);
    public final ListActiveUnitNames listActiveUnitNames = new ListActiveUnitNames(fakes.districts, fakes.unitNames);
    public final ImportDistricts importDistricts = new ImportDistricts(fakes.districts, fakes.audit, clock);
    public final ImportUnitNames importUnitNames =
            new ImportUnitNames(fakes.districts, fakes.unitNames, fakes.audit, clock);
    public final RegisterUnit registerUnit = new RegisterUnit(fakes.districts, fakes.unitNames, fakes.registrations,
            fakes.sequence, fakes.accounts, passwords, fakes.hasher, fakes.audit, clock);
    public final SaveUnitDetails saveDetails = new SaveUnitDetails(fakes.registrations, fakes.details, rules, clock);
    public final SaveUnitOfficials saveOfficials = new SaveUnitOfficials(fakes.registrations, fakes.officials);
    public final ChooseCouncilors chooseCouncilors =
            new ChooseCouncilors(fakes.registrations, fakes.members, fakes.councilors);
    public final AddMember addMember = new AddMember(fakes.registrations, fakes.members, rules, fakes.audit, clock);
    public final EditMember editMember =
            new EditMember(fakes.registrations, fakes.members, fakes.entries, rules, fakes.audit, clock);
    public final RemoveMember removeMember =
            new RemoveMember(fakes.registrations, fakes.members, fakes.councilors, fakes.entries);
    public final SubmitRegistration submit = new SubmitRegistration(fakes.registrations, fakes.details, fakes.officials,
            fakes.members, rules, fakes.audit, clock);
    public final ApproveRegistration approveRegistration =
            new ApproveRegistration(fakes.registrations, fakes.audit, clock);
    public final ReturnRegistration returnRegistration =
            new ReturnRegistration(fakes.registrations, fakes.audit, clock);
    public final AdminEditMember adminEditMember = new AdminEditMember(fakes.members, rules, fakes.audit, clock);
    public final ViewUnitRecord viewUnitRecord = new ViewUnitRecord(fakes.registrations, fakes.unitNames, fakes.districts,
            fakes.details, fakes.officials, fakes.councilors, fakes.members, clock);
    public final ViewOwnUnitRecord viewOwnUnitRecord = new ViewOwnUnitRecord(viewUnitRecord);
    public final ViewOwnMembers viewOwnMembers = new ViewOwnMembers(fakes.members, clock);
    public final ViewOwnMember viewOwnMember = new ViewOwnMember(fakes.members, clock);
    public final ListUnits listUnits = new ListUnits(fakes.lists);
    public final ListMembers listMembers = new ListMembers(fakes.lists, clock);
    public final ListCouncilors listCouncilors = new ListCouncilors(fakes.lists, clock);
    public final ListOfficials listOfficials = new ListOfficials(fakes.lists);
    public final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    public final ViewRegistryDashboard dashboard = new ViewRegistryDashboard(fakes.dashboard, editions);
    public final ExportRegistry export = new ExportRegistry(fakes.exports, fakes.spreadsheets, fakes.districts,
            fakes.unitNames, fakes.audit, clock);

    public final Actor admin = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);

    private long phones = 9_000_000_000L;

    public Actor official(DistrictId district) {
        return new Actor(AccountId.of(2), "official", Role.DISTRICT_OFFICIAL, district, null);
    }

    public District district(String name) {
        return fakes.districts.create(name, new ConferenceLimits(5, 25));
    }

    public UnitName unitName(District district, String name) {
        return fakes.unitNames.create(district.id(), name);
    }

    /** A fresh phone number, different each call. */
    public String phone() {
        return Long.toString(++phones);
    }

    /** Registers the unit through the use case and returns the unit account as an actor. */
    public Actor register(UnitName unit) {
        RegisterUnit.Result result = registerUnit.execute(new RegisterUnit.Command(unit.districtId(), unit.id(),
                phone(), "unit" + unit.id() + "@example.org", PASSWORD));
        return unitActor(result);
    }

    public static Actor unitActor(RegisterUnit.Result result) {
        return new Actor(result.accountId(), result.registrationNumber(), Role.UNIT, null, result.unitId());
    }

    /** A district with one registered unit; returns the unit account. */
    public Actor aRegisteredUnit(String districtName, String unitName) {
        return register(unitName(district(districtName), unitName));
    }

    public MemberForm form(String name, String gender, LocalDate born) {
        return new MemberForm(name, gender, born, phone(), "BA", "O+");
    }

    public Member member(Actor unit, String name) {
        return addMember.execute(form(name, "F", LocalDate.of(2005, 6, 1)), unit);
    }

    public SaveUnitOfficials.Command officials(String prefix) {
        return new SaveUnitOfficials.Command(holder(prefix + " President"), holder(prefix + " Vice President"),
                holder(prefix + " Secretary"), holder(prefix + " Joint Secretary"), holder(prefix + " Treasurer"));
    }

    private SaveUnitOfficials.Holder holder(String name) {
        return new SaveUnitOfficials.Holder(name, phone());
    }

    /** Fills in details, officials and one member, then submits. */
    public void completeAndSubmit(Actor unit) {
        saveDetails.execute(new SaveUnitDetails.Command(2026, 30), unit);
        saveOfficials.execute(officials("Unit"), unit);
        member(unit, "First Member " + unit.unitId());
        submit.execute(unit);
    }

    public void approve(Actor unit) {
        completeAndSubmit(unit);
        approveRegistration.execute(unit.unitId(), admin);
    }
}
