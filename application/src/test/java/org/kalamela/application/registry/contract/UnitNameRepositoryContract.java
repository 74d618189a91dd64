package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.id.UnitId;

/** The contract of {@link org.kalamela.domain.registry.unit.UnitNameRepository}, for the fake and the adapter. */
public abstract class UnitNameRepositoryContract extends RegistryContractSupport {

    @Test
    public void a_created_unit_name_is_active_and_found_by_id() {
        District district = aDistrict();
        UnitName created = unitNames().create(district.id(), "St. Thomas");

        assertThat(created).isEqualTo(new UnitName(created.id(), district.id(), "St. Thomas", true));
        assertThat(unitNames().findById(created.id())).contains(created);
        assertThat(unitNames().findById(UnitId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    public void a_name_is_found_within_its_district_ignoring_case() {
        District one = aDistrict();
        District other = aDistrict();
        UnitName unit = aUnit(one, "Mar Thoma");

        assertThat(unitNames().findByName(one.id(), "MAR THOMA")).contains(unit);
        assertThat(unitNames().findByName(other.id(), "Mar Thoma")).isEmpty();
    }

    @Test
    public void a_districts_names_are_listed_by_name_active_or_not() {
        District district = aDistrict();
        UnitName b = aUnit(district, "Bethel");
        UnitName a = aUnit(district, "Ascension");
        aUnit(aDistrict(), "Elsewhere");
        unitNames().update(b.withActive(false));

        assertThat(unitNames().findByDistrict(district.id())).containsExactly(a, b.withActive(false));
    }

    @Test
    public void update_stores_name_and_active_flag() {
        UnitName unit = aUnit(aDistrict());
        UnitName changed = unit.renamed("Renamed unit").withActive(false);

        unitNames().update(changed);

        assertThat(unitNames().findById(unit.id())).contains(changed);
    }

    @Test
    public void a_unit_has_data_once_registered() {
        UnitName unit = aUnit(aDistrict());
        assertThat(unitNames().hasData(unit.id())).isFalse();

        register(unit);

        assertThat(unitNames().hasData(unit.id())).isTrue();
    }

    @Test
    public void a_unit_name_without_data_can_be_deleted() {
        UnitName unit = aUnit(aDistrict());

        unitNames().delete(unit.id());

        assertThat(unitNames().findById(unit.id())).isEmpty();
    }
}
