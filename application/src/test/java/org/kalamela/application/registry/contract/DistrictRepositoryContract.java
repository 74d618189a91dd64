package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.id.DistrictId;

/** The contract of {@link org.kalamela.domain.registry.district.DistrictRepository}, for the fake and the adapter. */
public abstract class DistrictRepositoryContract extends RegistryContractSupport {

    @Test
    public void a_created_district_is_active_and_found_by_id_and_by_name_ignoring_case() {
        String name = unique("Adoor");
        District created = districts().create(name, new ConferenceLimits(5, 25));

        assertThat(created.active()).isTrue();
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.conferenceLimits()).isEqualTo(new ConferenceLimits(5, 25));
        assertThat(districts().findById(created.id())).contains(created);
        assertThat(districts().findByName(name.toUpperCase())).contains(created);
    }

    @Test
    public void an_unknown_district_is_not_found() {
        assertThat(districts().findById(DistrictId.of(Long.MAX_VALUE))).isEmpty();
        assertThat(districts().findByName(unique("Nowhere"))).isEmpty();
    }

    @Test
    public void find_all_lists_every_district_by_name() {
        String suffix = unique("");
        District b = districts().create("B district" + suffix, new ConferenceLimits(0, 0));
        District a = districts().create("A district" + suffix, new ConferenceLimits(0, 0));
        districts().update(b.withActive(false));

        assertThat(districts().findAll()).containsSubsequence(a, b.withActive(false));
    }

    @Test
    public void update_stores_name_active_flag_and_limits() {
        District district = aDistrict();
        District changed = district.renamed(unique("Renamed")).withActive(false)
                .withConferenceLimits(new ConferenceLimits(3, 12));

        districts().update(changed);

        assertThat(districts().findById(district.id())).contains(changed);
    }

    @Test
    public void a_district_has_data_once_a_unit_refers_to_it() {
        District district = aDistrict();
        assertThat(districts().hasData(district.id())).isFalse();

        aUnit(district);

        assertThat(districts().hasData(district.id())).isTrue();
    }

    @Test
    public void a_district_without_data_can_be_deleted() {
        District district = aDistrict();

        districts().delete(district.id());

        assertThat(districts().findById(district.id())).isEmpty();
    }
}
