package org.kalamela.domain.shared.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "+919876543210", "+91 98765 43210", "98765-43210", " 9876543210 ",
            "+91-9876543210"})
    void reads_the_usual_spellings_of_one_number(String typed) {
        assertThat(PhoneNumber.parse(typed, "phone").digits()).isEqualTo("9876543210");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6000000000", "7999999999", "8123456789"})
    void a_mobile_number_starts_with_6_to_9(String typed) {
        assertThat(PhoneNumber.parse(typed, "phone").digits()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"987654321", "98765432101", "5876543210", "0987654321", "09876543210",
            "919876543210", "+9198765432", "+449876543210", "98765o4321", "+91+9876543210", "(987)6543210"})
    void refuses_what_is_not_an_indian_mobile_number(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed, "contactPhone"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("contactPhone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_number_is_missing(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed, "phone"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).message()).isEqualTo("is required"));
        assertThatThrownBy(() -> PhoneNumber.parse(null, "phone")).isInstanceOf(InvalidInput.class);
    }

    @Property
    void every_ten_digit_mobile_number_reads_the_same_with_or_without_the_country_code(
            @ForAll @IntRange(min = 6, max = 9) int first, @ForAll @LongRange(min = 0, max = 999_999_999L) long rest) {
        String digits = first + String.format(Locale.ROOT, "%09d", rest);
        assertThat(PhoneNumber.parse(digits, "phone")).isEqualTo(PhoneNumber.parse("+91 " + digits, "phone"));
        assertThat(PhoneNumber.parse(digits, "phone").toString()).isEqualTo(digits);
    }
}
