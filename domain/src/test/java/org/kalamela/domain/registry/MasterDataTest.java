package org.kalamela.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class MasterDataTest {

    @Test
    void a_district_keeps_a_tidy_name_and_changes_by_copy() {
        District adoor = new District(DistrictId.of(1), " Adoor ", true, new ConferenceLimits(5, 25));
        assertThat(adoor.name()).isEqualTo("Adoor");
        assertThat(adoor.renamed("ADOOR").withActive(false).withConferenceLimits(new ConferenceLimits(4, 20)))
                .isEqualTo(new District(DistrictId.of(1), "ADOOR", false, new ConferenceLimits(4, 20)));
    }

    @Test
    void conference_limits_are_not_negative() {
        assertThatThrownBy(() -> new ConferenceLimits(-1, -1)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("conferenceOfficialLimit", "conferenceMemberLimit"));
    }

    @Test
    void a_unit_name_is_required() {
        assertThatThrownBy(() -> new UnitName(UnitId.of(1), DistrictId.of(1), "  ", true))
                .isInstanceOf(InvalidInput.class);
        assertThat(new UnitName(UnitId.of(1), DistrictId.of(1), "St. Thomas  Mar Thoma", true).name())
                .isEqualTo("St. Thomas Mar Thoma");
    }

    @Test
    void names_compare_ignoring_case_and_spacing() {
        assertThat(Names.key(" St.  Thomas ")).isEqualTo(Names.key("st. thomas"));
    }
}
