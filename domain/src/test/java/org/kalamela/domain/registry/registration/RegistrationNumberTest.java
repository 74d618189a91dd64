package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.DistrictId;

class RegistrationNumberTest {

    @Test
    void district_prefix_year_and_a_four_digit_sequence() {
        assertThat(RegistrationNumber.of("Adoor", DistrictId.of(1), 2026, 7).value()).isEqualTo("ADO-2026-0007");
    }

    @Test
    void the_sequence_grows_beyond_four_digits() {
        assertThat(RegistrationNumber.of("KOTTAYAM", DistrictId.of(2), 2026, 12345).value())
                .isEqualTo("KOT-2026-12345");
    }

    @Test
    void the_prefix_takes_latin_letters_only() {
        assertThat(RegistrationNumber.of("St. Mary's", DistrictId.of(3), 2026, 1).value()).isEqualTo("STM-2026-0001");
    }

    @Test
    void a_name_without_three_latin_letters_uses_the_district_id() {
        assertThat(RegistrationNumber.of("അടൂർ", DistrictId.of(12), 2026, 1).value()).isEqualTo("D12-2026-0001");
    }

    @Test
    void refuses_what_is_not_a_registration_number() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationNumber("ADO/2026/1"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegistrationNumber.of("Adoor", DistrictId.of(1), 2026, 0));
    }
}
