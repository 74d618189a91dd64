package org.kalamela.domain.identity.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import org.junit.jupiter.api.Test;

class DistrictOfficialPolicyTest {

    @Test
    void a_district_without_an_active_official_gets_one() {
        assertThatCode(() -> DistrictOfficialPolicy.checkNewOfficial("Kottayam", false)).doesNotThrowAnyException();
        assertThatCode(() -> DistrictOfficialPolicy.checkReactivation(false)).doesNotThrowAnyException();
    }

    @Test
    void a_second_active_official_is_refused_when_created() {
        assertRefused(() -> DistrictOfficialPolicy.checkNewOfficial("Kottayam", true), "DISTRICT_OFFICIAL_EXISTS",
                "District Kottayam already has an active district official; deactivate it first");
    }

    @Test
    void a_second_active_official_is_refused_when_reactivated() {
        assertRefused(() -> DistrictOfficialPolicy.checkReactivation(true), "DISTRICT_OFFICIAL_EXISTS",
                "The district already has an active district official; deactivate it first");
    }
}
