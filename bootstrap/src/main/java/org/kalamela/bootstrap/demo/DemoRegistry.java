package org.kalamela.bootstrap.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.district.ListActiveDistricts;
import org.kalamela.application.registry.district.ListDistricts;
import org.kalamela.application.registry.member.AddMember;
import org.kalamela.application.registry.member.MemberForm;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.application.registry.officials.SaveUnitOfficials;
import org.kalamela.application.registry.registration.ApproveRegistration;
import org.kalamela.application.registry.registration.RegisterUnit;
import org.kalamela.application.registry.registration.ReturnRegistration;
import org.kalamela.application.registry.registration.SubmitRegistration;
import org.kalamela.application.registry.unit.CreateUnitName;
import org.kalamela.application.registry.unit.SaveUnitDetails;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * The registry part of the demo data, made through the registry's own use cases: the 12 districts of
 * {@code demo/districts.csv}, four units per district, each registered by its unit account with details,
 * officials, members and councilors, and left in a mix of registration statuses, and one unit per district
 * that has not registered.
 */
@ApplicationScoped
class DemoRegistry {

    static final int UNITS_PER_DISTRICT = 4;
    static final int MEMBERS_PER_UNIT = 15;
    private static final String UNREGISTERED_PARISH = "Ebenezer CSI Church";
    private static final List<String> PARISHES = List.of("St. Thomas CSI Church", "Christ Church",
            "Holy Trinity CSI Church", "St. Paul's CSI Church");

    @Inject
    ImportDistricts importDistricts;
    @Inject
    ListDistricts listDistricts;
    @Inject
    ListActiveDistricts listActiveDistricts;
    @Inject
    CreateUnitName createUnitName;
    @Inject
    RegisterUnit registerUnit;
    @Inject
    SaveUnitDetails saveUnitDetails;
    @Inject
    SaveUnitOfficials saveUnitOfficials;
    @Inject
    AddMember addMember;
    @Inject
    ChooseCouncilors chooseCouncilors;
    @Inject
    SubmitRegistration submitRegistration;
    @Inject
    ApproveRegistration approveRegistration;
    @Inject
    ReturnRegistration returnRegistration;

    /** The unit accounts made, to be listed in the log, with the unit's members for the conference's demo. */
    record UnitAccount(DistrictId districtId, String district, String unit, String username, List<MemberId> members) {
    }

    boolean isEmpty() {
        return listActiveDistricts.execute().isEmpty();
    }

    List<UnitAccount> load(Actor admin, String unitPassword, int registrationYear) {
        CsvTable csv = DemoCsv.read("districts.csv");
        List<ImportDistricts.Row> rows = IntStream.range(0, csv.size())
                .mapToObj(i -> new ImportDistricts.Row(csv.cell(i, "district"),
                        Integer.valueOf(csv.cell(i, "conference_official_limit")),
                        Integer.valueOf(csv.cell(i, "conference_member_limit"))))
                .toList();
        importDistricts.execute(new ImportDistricts.Command(rows), admin);
        DemoPeople people = new DemoPeople(2026);
        List<UnitAccount> made = new ArrayList<>();
        List<District> districts = listDistricts.execute(admin);
        for (int d = 0; d < districts.size(); d++) {
            District district = districts.get(d);
            for (int u = 0; u < UNITS_PER_DISTRICT; u++) {
                UnitName unit = createUnitName.execute(new CreateUnitName.Command(district.id(),
                        titleCase(district.name()) + " " + PARISHES.get(u)), admin);
                made.add(registerUnit(admin, district, unit, d, u, people, unitPassword, registrationYear));
            }
            // A parish that has not registered yet, so the dashboards show units registered and not.
            createUnitName.execute(new CreateUnitName.Command(district.id(),
                    titleCase(district.name()) + " " + UNREGISTERED_PARISH), admin);
        }
        return made;
    }

    private UnitAccount registerUnit(Actor admin, District district, UnitName unit, int d, int u, DemoPeople people,
                                     String password, int registrationYear) {
        String slug = district.name().toLowerCase() + "-" + (u + 1);
        RegisterUnit.Result account = registerUnit.execute(new RegisterUnit.Command(district.id(), unit.id(),
                phone(8, d, u, 0), slug + "@units.kalamela.example", password));
        Actor unitActor = new Actor(account.accountId(), account.registrationNumber(), Role.UNIT, district.id(),
                unit.id());
        saveUnitDetails.execute(new SaveUnitDetails.Command(registrationYear - u, MEMBERS_PER_UNIT), unitActor);
        saveUnitOfficials.execute(new SaveUnitOfficials.Command(
                holder(people, d, u, 1), holder(people, d, u, 2), holder(people, d, u, 3), holder(people, d, u, 4),
                holder(people, d, u, 5)), unitActor);
        List<MemberId> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS_PER_UNIT; m++) {
            DemoPeople.Person p = people.next();
            Member member = addMember.execute(new MemberForm(p.name(), p.gender(), p.dateOfBirth(),
                    phone(9, d, u, m), p.qualification(), p.bloodGroup()), unitActor);
            members.add(member.id());
        }
        chooseCouncilors.execute(new ChooseCouncilors.Command(members.subList(0, 3)), unitActor);
        leaveInDemoStatus(admin, unitActor, unit, d, u);
        return new UnitAccount(district.id(), district.name(), unit.name(), account.registrationNumber(),
                List.copyOf(members));
    }

    /** Most units approved; in each district the last one started, submitted or returned, for the dashboards. */
    private void leaveInDemoStatus(Actor admin, Actor unitActor, UnitName unit, int d, int u) {
        boolean last = u == UNITS_PER_DISTRICT - 1;
        if (last && d % 3 == 0) {
            return;
        }
        submitRegistration.execute(unitActor);
        if (!last) {
            approveRegistration.execute(unit.id(), admin);
        } else if (d % 3 == 2) {
            returnRegistration.execute(new ReturnRegistration.Command(unit.id(),
                    "Please add the joint secretary's phone number"), admin);
        }
    }

    private static SaveUnitOfficials.Holder holder(DemoPeople people, int d, int u, int office) {
        return new SaveUnitOfficials.Holder(people.officialName(), phone(7, d, u, office));
    }

    /** Unique, valid-looking mobile numbers: prefix digit, district, unit, index. */
    static String phone(int prefix, int district, int unit, int index) {
        return String.format("%d%03d%02d%04d", prefix, 100 + district, unit, index);
    }

    static String titleCase(String upper) {
        return upper.isEmpty() ? upper : upper.charAt(0) + upper.substring(1).toLowerCase();
    }

}
