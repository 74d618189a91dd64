package org.kalamela.domain.registry.unit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class UnitNameListPolicyTest {

    private static final UnitName BETHEL = new UnitName(UnitId.of(3), DistrictId.of(1), "Bethel", true);

    @Test
    void a_name_the_district_does_not_use_is_free() {
        assertThatCode(() -> UnitNameListPolicy.requireFreeName(Optional.empty(), null)).doesNotThrowAnyException();
        assertThatCode(() -> UnitNameListPolicy.requireFreeName(Optional.empty(), UnitId.of(4)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_unit_keeps_its_own_name() {
        assertThatCode(() -> UnitNameListPolicy.requireFreeName(Optional.of(BETHEL), BETHEL.id()))
                .doesNotThrowAnyException();
    }

    @Test
    void another_units_name_is_taken() {
        assertRefused(() -> UnitNameListPolicy.requireFreeName(Optional.of(BETHEL), null),
                "UNIT_NAME_TAKEN", "The district already has a unit named Bethel");
        assertRefused(() -> UnitNameListPolicy.requireFreeName(Optional.of(BETHEL), UnitId.of(4)),
                "UNIT_NAME_TAKEN", "The district already has a unit named Bethel");
    }

    @Test
    void only_a_unit_name_without_data_is_deleted() {
        assertThatCode(() -> UnitNameListPolicy.requireDeletable(BETHEL, false)).doesNotThrowAnyException();
        assertRefused(() -> UnitNameListPolicy.requireDeletable(BETHEL, true), "UNIT_HAS_DATA",
                "Unit Bethel is registered or has other data; deactivate it instead");
    }
}
