package org.kalamela.domain.registry.district;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.DistrictId;

class DistrictListPolicyTest {

    private static final District KOTTAYAM =
            new District(DistrictId.of(1), "Kottayam", true, new ConferenceLimits(0, 0));

    @Test
    void a_name_no_district_uses_is_free() {
        assertThatCode(() -> DistrictListPolicy.requireFreeName(Optional.empty(), null)).doesNotThrowAnyException();
        assertThatCode(() -> DistrictListPolicy.requireFreeName(Optional.empty(), DistrictId.of(2)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_district_keeps_its_own_name() {
        assertThatCode(() -> DistrictListPolicy.requireFreeName(Optional.of(KOTTAYAM), KOTTAYAM.id()))
                .doesNotThrowAnyException();
    }

    @Test
    void another_districts_name_is_taken() {
        assertRefused(() -> DistrictListPolicy.requireFreeName(Optional.of(KOTTAYAM), null),
                "DISTRICT_NAME_TAKEN", "A district named Kottayam exists");
        assertRefused(() -> DistrictListPolicy.requireFreeName(Optional.of(KOTTAYAM), DistrictId.of(2)),
                "DISTRICT_NAME_TAKEN", "A district named Kottayam exists");
    }

    @Test
    void only_a_district_without_data_is_deleted() {
        assertThatCode(() -> DistrictListPolicy.requireDeletable(KOTTAYAM, false)).doesNotThrowAnyException();
        assertRefused(() -> DistrictListPolicy.requireDeletable(KOTTAYAM, true), "DISTRICT_HAS_DATA",
                "District Kottayam has units or other data; deactivate it instead");
    }
}
