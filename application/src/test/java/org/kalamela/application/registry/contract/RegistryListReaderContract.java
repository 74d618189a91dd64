package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryListReader.MemberFilter;
import org.kalamela.application.registry.query.RegistryListReader.OfficialFilter;
import org.kalamela.application.registry.query.RegistryListReader.UnitFilter;
import org.kalamela.application.registry.query.RegistryListReader.UnitNameFilter;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;
import org.kalamela.application.registry.query.UnitRow;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

/** The contract of {@link RegistryListReader}, for the fake and the adapter. */
public abstract class RegistryListReaderContract extends RegistryReadContractSupport {

    private static final PageRequest ALL = new PageRequest(0, 200);

    protected RegistryListReader lists() {
        return fixture().lists();
    }

    @Test
    public void unit_names_of_a_district_with_their_registration_and_filters() {
        Seeded s = seed();
        var district = s.district().id();

        Page<UnitNameRow> all = lists().unitNames(new UnitNameFilter(district, null, null, null), ALL);

        assertThat(all.items()).extracting(UnitNameRow::name).containsExactly("Alpha", "Beta", "Delta", "Gamma");
        assertThat(all.items().get(0)).isEqualTo(new UnitNameRow(s.alpha().id(), "Alpha", district,
                s.district().name(), true, true));
        assertThat(all.total()).isEqualTo(4);
        assertThat(lists().unitNames(new UnitNameFilter(district, null, false, null), ALL).items())
                .extracting(UnitNameRow::name).containsExactly("Delta", "Gamma");
        assertThat(lists().unitNames(new UnitNameFilter(district, false, null, null), ALL).items())
                .extracting(UnitNameRow::name).containsExactly("Delta");
        assertThat(lists().unitNames(new UnitNameFilter(district, null, null, "MM"), ALL).items())
                .extracting(UnitNameRow::name).containsExactly("Gamma");
    }

    @Test
    public void registered_units_with_status_number_and_member_count() {
        Seeded s = seed();
        var district = s.district().id();

        Page<UnitRow> units = lists().units(new UnitFilter(district, null, null), ALL);

        assertThat(units.items()).extracting(UnitRow::unitName).containsExactly("Alpha", "Beta");
        UnitRow alpha = units.items().get(0);
        assertThat(alpha.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(alpha.memberCount()).isEqualTo(3);
        assertThat(alpha.registrationNumber()).isEqualTo(s.alphaRegistration().number().value());
        assertThat(alpha.registeredAt()).isEqualTo(T0);
        assertThat(alpha.districtName()).isEqualTo(s.district().name());
        assertThat(lists().units(new UnitFilter(district, RegistrationStatus.REGISTRATION_STARTED, null), ALL)
                .items()).extracting(UnitRow::unitName).containsExactly("Beta");
        assertThat(lists().units(new UnitFilter(district, null, "lph"), ALL).items())
                .extracting(UnitRow::unitName).containsExactly("Alpha");
    }

    @Test
    public void members_ordered_by_unit_and_name_with_every_filter() {
        Seeded s = seed();
        var district = s.district().id();

        assertThat(names(lists().members(filter(s, null, null, null, null), ALL)))
                .containsExactly("Anu", "Binu", "Cicy", "Dan");
        MemberRow anu = lists().members(filter(s, null, null, null, null), ALL).items().get(0);
        assertThat(anu).isEqualTo(new MemberRow(s.anu().id(), s.alpha().id(), "Alpha", district,
                s.district().name(), "Anu", Gender.F, LocalDate.of(2006, 4, 1), s.anu().details().phone().digits(),
                null, null));
        assertThat(names(lists().members(filter(s, Gender.F, null, null, null), ALL))).containsExactly("Anu", "Cicy");
        assertThat(names(lists().members(filter(s, null, LocalDate.of(2004, 12, 31), LocalDate.of(2006, 4, 1), null),
                ALL))).containsExactly("Anu", "Dan");
        assertThat(names(lists().members(filter(s, null, null, null, "INU"), ALL))).containsExactly("Binu");
        assertThat(names(lists().members(new MemberFilter(null, s.beta().id(), null, null, null, null), ALL)))
                .containsExactly("Dan");
    }

    @Test
    public void a_page_of_members_and_the_total() {
        Seeded s = seed();

        Page<MemberRow> second = lists().members(filter(s, null, null, null, null), new PageRequest(1, 3));

        assertThat(names(second)).containsExactly("Dan");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
    }

    @Test
    public void councilors_are_the_chosen_members() {
        Seeded s = seed();

        assertThat(names(lists().councilors(filter(s, null, null, null, null), ALL))).containsExactly("Binu");
        assertThat(names(lists().councilors(filter(s, Gender.F, null, null, null), ALL))).isEmpty();
    }

    @Test
    public void officials_in_the_order_of_the_form() {
        Seeded s = seed();
        var district = s.district().id();

        Page<OfficialRow> all = lists().officials(new OfficialFilter(district, null, null, null), ALL);

        assertThat(all.items()).extracting(OfficialRow::office).containsExactly(Office.values());
        assertThat(all.items().get(0).name()).isEqualTo("President of Alpha");
        assertThat(all.items().get(0).unitName()).isEqualTo("Alpha");
        assertThat(lists().officials(new OfficialFilter(district, null, Office.TREASURER, null), ALL).items())
                .extracting(OfficialRow::name).containsExactly("Treasurer of Alpha");
        assertThat(lists().officials(new OfficialFilter(null, s.beta().id(), null, null), ALL).items()).isEmpty();
    }

    private static MemberFilter filter(Seeded s, Gender gender, LocalDate from, LocalDate to, String name) {
        return new MemberFilter(s.district().id(), null, gender, from, to, name);
    }

    private static java.util.List<String> names(Page<MemberRow> page) {
        return page.items().stream().map(MemberRow::name).toList();
    }
}
