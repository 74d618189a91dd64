package org.kalamela.application.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.kalamela.application.festival.fakes.InMemoryEditionRepository;
import org.kalamela.application.registry.fakes.RegistryFakes;
import org.kalamela.domain.identity.PasswordPolicy;
import org.kalamela.domain.registry.ConferenceLimits;
import org.kalamela.domain.registry.District;
import org.kalamela.domain.registry.Member;
import org.kalamela.domain.registry.RegistryRules;
import org.kalamela.domain.registry.UnitName;
import org.kalamela.domain.shared.AccountId;
import org.kalamela.domain.shared.Actor;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.Role;

/** Every registry use case wired to the in-memory fakes, on a fixed day, with helpers to set a scene. */
class RegistryTestbed {

    static final Instant NOW = Instant.parse("2026-03-10T06:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final String PASSWORD = "a long unit password";

    final RegistryFakes fakes = new RegistryFakes();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RegistryRules rules = RegistryRules.defaults();
    final PasswordPolicy passwords = new PasswordPolicy(Set.of("password123", "kalamela2026"));

    final ManageDistricts manageDistricts = new ManageDistricts(fakes.districts, fakes.audit, clock);
    final ManageUnitNames manageUnitNames = new ManageUnitNames(fakes.districts, fakes.unitNames, fakes.audit, clock);
    final ListDistricts listDistricts = new ListDistricts(fakes.districts);
    final ListUnitNames listUnitNames = new ListUnitNames(fakes.districts, fakes.unitNames, fakes.lists);
    final ImportDistricts importDistricts = new ImportDistricts(fakes.districts, fakes.audit, clock);
    final ImportUnitNames importUnitNames = new ImportUnitNames(fakes.districts, fakes.unitNames, fakes.audit, clock);
    final RegisterUnit registerUnit = new RegisterUnit(fakes.districts, fakes.unitNames, fakes.registrations,
            fakes.sequence, fakes.accounts, passwords, fakes.hasher, fakes.audit, clock);
    final SaveUnitDetails saveDetails = new SaveUnitDetails(fakes.registrations, fakes.details, rules, clock);
    final SaveUnitOfficials saveOfficials = new SaveUnitOfficials(fakes.registrations, fakes.officials);
    final ChooseCouncilors chooseCouncilors =
            new ChooseCouncilors(fakes.registrations, fakes.members, fakes.councilors);
    final AddMember addMember = new AddMember(fakes.registrations, fakes.members, rules, fakes.audit, clock);
    final EditMember editMember =
            new EditMember(fakes.registrations, fakes.members, fakes.entries, rules, fakes.audit, clock);
    final RemoveMember removeMember =
            new RemoveMember(fakes.registrations, fakes.members, fakes.councilors, fakes.entries);
    final SubmitRegistration submit = new SubmitRegistration(fakes.registrations, fakes.details, fakes.officials,
            fakes.members, rules, fakes.audit, clock);
    final ReviewRegistration review = new ReviewRegistration(fakes.registrations, fakes.audit, clock);
    final AdminEditMember adminEditMember = new AdminEditMember(fakes.members, rules, fakes.audit, clock);
    final ViewUnitRecord viewUnitRecord = new ViewUnitRecord(fakes.registrations, fakes.unitNames, fakes.districts,
            fakes.details, fakes.officials, fakes.councilors, fakes.members, clock);
    final ViewOwnMembers viewOwnMembers = new ViewOwnMembers(fakes.members, clock);
    final ListUnits listUnits = new ListUnits(fakes.lists);
    final ListMembers listMembers = new ListMembers(fakes.lists, clock);
    final ListOfficials listOfficials = new ListOfficials(fakes.lists);
    final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    final ViewRegistryDashboard dashboard = new ViewRegistryDashboard(fakes.dashboard, editions);
    final ExportRegistry export = new ExportRegistry(fakes.exports, fakes.spreadsheets, fakes.districts,
            fakes.unitNames, fakes.audit, clock);

    final Actor admin = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);

    private long phones = 9_000_000_000L;

    Actor official(DistrictId district) {
        return new Actor(AccountId.of(2), "official", Role.DISTRICT_OFFICIAL, district, null);
    }

    District district(String name) {
        return fakes.districts.create(name, new ConferenceLimits(5, 25));
    }

    UnitName unitName(District district, String name) {
        return fakes.unitNames.create(district.id(), name);
    }

    /** A fresh phone number, different each call. */
    String phone() {
        return Long.toString(++phones);
    }

    /** Registers the unit through the use case and returns the unit account as an actor. */
    Actor register(UnitName unit) {
        RegisterUnit.Result result = registerUnit.execute(new RegisterUnit.Command(unit.districtId(), unit.id(),
                phone(), "unit" + unit.id() + "@example.org", PASSWORD));
        return unitActor(result);
    }

    static Actor unitActor(RegisterUnit.Result result) {
        return new Actor(result.accountId(), result.registrationNumber(), Role.UNIT, null, result.unitId());
    }

    /** A district with one registered unit; returns the unit account. */
    Actor aRegisteredUnit(String districtName, String unitName) {
        return register(unitName(district(districtName), unitName));
    }

    MemberForm form(String name, String gender, LocalDate born) {
        return new MemberForm(name, gender, born, phone(), "BA", "O+");
    }

    Member member(Actor unit, String name) {
        return addMember.execute(form(name, "F", LocalDate.of(2005, 6, 1)), unit);
    }

    SaveUnitOfficials.Command officials(String prefix) {
        return new SaveUnitOfficials.Command(holder(prefix + " President"), holder(prefix + " Vice President"),
                holder(prefix + " Secretary"), holder(prefix + " Joint Secretary"), holder(prefix + " Treasurer"));
    }

    private SaveUnitOfficials.Holder holder(String name) {
        return new SaveUnitOfficials.Holder(name, phone());
    }

    /** Fills in details, officials and one member, then submits. */
    void completeAndSubmit(Actor unit) {
        saveDetails.execute(new SaveUnitDetails.Command(2026, 30), unit);
        saveOfficials.execute(officials("Unit"), unit);
        member(unit, "First Member " + unit.unitId());
        submit.execute(unit);
    }

    void approve(Actor unit) {
        completeAndSubmit(unit);
        review.approve(unit.unitId(), admin);
    }
}
