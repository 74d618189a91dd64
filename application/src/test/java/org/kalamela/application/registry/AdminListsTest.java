package org.kalamela.application.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.registry.Refusals.assertForbidden;
import static org.kalamela.application.registry.Refusals.assertInvalid;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.officials.ChooseCouncilors;
import org.kalamela.application.registry.query.AgedMemberRow;
import org.kalamela.application.registry.query.MemberQuery;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitRow;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

class AdminListsTest {

    private static final PageRequest PAGE = new PageRequest(0, 50);

    private final RegistryTestbed bed = new RegistryTestbed();
    private final Actor thomas = bed.aRegisteredUnit("Adoor", "St. Thomas");
    private final Actor bethel = bed.aRegisteredUnit("Pallom", "Bethel");

    private void members() {
        // On 2026-03-10: Anu turns 18 today, Binu is 17 until tomorrow, Cicy is 30.
        bed.addMember.execute(bed.form("Anu", "F", LocalDate.of(2008, 3, 10)), thomas);
        bed.addMember.execute(bed.form("Binu", "M", LocalDate.of(2008, 3, 11)), thomas);
        bed.addMember.execute(bed.form("Cicy", "F", LocalDate.of(1996, 1, 1)), bethel);
    }

    private List<String> names(Page<AgedMemberRow> page) {
        return page.items().stream().map(row -> row.member().name()).toList();
    }

    @Test
    void units_filtered_by_district_status_and_name() {
        bed.approve(thomas);
        var pallom = bed.fakes.districts.findByName("Pallom").orElseThrow().id();

        Page<UnitRow> all = bed.listUnits.execute(null, PAGE, bed.admin);
        assertThat(all.items()).extracting(UnitRow::unitName).containsExactly("St. Thomas", "Bethel");
        assertThat(bed.listUnits.execute(new RegistryListReader.UnitFilter(null, RegistrationStatus.APPROVED, null),
                PAGE, bed.admin).items()).extracting(UnitRow::unitName).containsExactly("St. Thomas");
        assertThat(bed.listUnits.execute(new RegistryListReader.UnitFilter(pallom, null, "beth"),
                PAGE, bed.admin).items()).extracting(UnitRow::registrationNumber).containsExactly("PAL-2026-0002");
    }

    @Test
    void members_with_their_age_today_and_an_age_range_that_agrees_with_it() {
        members();

        Page<AgedMemberRow> all = bed.listMembers.execute(new MemberQuery(null, null, null, null, null, null), PAGE,
                bed.admin);
        assertThat(all.items()).extracting(row -> row.member().name(), AgedMemberRow::age)
                .containsExactly(tuple("Anu", 18),
                        tuple("Binu", 17),
                        tuple("Cicy", 30));
        assertThat(names(bed.listMembers.execute(new MemberQuery(null, null, null, 18, 18, null), PAGE, bed.admin)))
                .containsExactly("Anu");
        assertThat(names(bed.listMembers.execute(new MemberQuery(null, null, null, null, 17, null), PAGE, bed.admin)))
                .containsExactly("Binu");
        assertThat(names(bed.listMembers.execute(new MemberQuery(null, null, Gender.F, 18, null, null), PAGE,
                bed.admin))).containsExactly("Anu", "Cicy");
        assertThat(names(bed.listMembers.execute(new MemberQuery(null, bethel.unitId(), null, null, null, null), PAGE,
                bed.admin))).containsExactly("Cicy");
    }

    @Test
    void an_age_range_upside_down_is_invalid() {
        assertInvalid(() -> new MemberQuery(null, null, null, 20, 18, null), "maxAge");
        assertInvalid(() -> new MemberQuery(null, null, null, -1, null, null), "minAge");
    }

    @Test
    void ages_beyond_a_lifetime_are_invalid_and_the_last_one_is_not() {
        assertInvalid(() -> new MemberQuery(null, null, null, Age.MAX_YEARS + 1, null, null), "minAge");
        assertInvalid(() -> new MemberQuery(null, null, null, null, Integer.MAX_VALUE, null), "maxAge");
        new MemberQuery(null, null, null, Age.MAX_YEARS, Age.MAX_YEARS, null);
    }

    @Test
    void councilors_and_officials_across_units() {
        members();
        var binu = bed.fakes.members.findByUnit(thomas.unitId()).get(1);
        bed.chooseCouncilors.execute(new ChooseCouncilors.Command(List.of(binu.id())), thomas);
        bed.saveOfficials.execute(bed.officials("Thomas"), thomas);
        bed.saveOfficials.execute(bed.officials("Bethel"), bethel);

        assertThat(names(bed.listCouncilors.execute(new MemberQuery(null, null, null, null, null, null), PAGE,
                bed.admin))).containsExactly("Binu");
        Page<OfficialRow> secretaries = bed.listOfficials.execute(
                new RegistryListReader.OfficialFilter(null, null, Office.SECRETARY, null), PAGE, bed.admin);
        assertThat(secretaries.items()).extracting(OfficialRow::name)
                .containsExactly("Thomas Secretary", "Bethel Secretary");
        assertThat(bed.listOfficials.execute(null, PAGE, bed.admin).total()).isEqualTo(10);
    }

    @Test
    void the_lists_are_the_admins() {
        Actor official = bed.official(bed.fakes.districts.findAll().get(0).id());
        MemberQuery any = new MemberQuery(null, null, null, null, null, null);

        assertForbidden(() -> bed.listUnits.execute(null, PAGE, thomas));
        assertForbidden(() -> bed.listMembers.execute(any, PAGE, official));
        assertForbidden(() -> bed.listCouncilors.execute(any, PAGE, thomas));
        assertForbidden(() -> bed.listOfficials.execute(null, PAGE, official));
    }
}
