package org.kalamela.domain.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateSerialTest {

    private static final String GOOD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void thirty_two_characters_of_the_alphabet_make_a_serial_read_in_either_case() {
        assertThat(new CertificateSerial(GOOD).value()).isEqualTo(GOOD);
        assertThat(CertificateSerial.parse(GOOD.toLowerCase())).contains(new CertificateSerial(GOOD));
        assertThat(CertificateSerial.parse(" " + GOOD + " ")).contains(new CertificateSerial(GOOD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0123456789ABCDEFGHJKMNPQRSTVWXY", "0123456789ABCDEFGHJKMNPQRSTVWXYZ0",
            "I123456789ABCDEFGHJKMNPQRSTVWXYZ", "L123456789ABCDEFGHJKMNPQRSTVWXYZ", "O123456789ABCDEFGHJKMNPQRSTVWXYZ",
            "U123456789ABCDEFGHJKMNPQRSTVWXYZ", "-123456789ABCDEFGHJKMNPQRSTVWXYZ", "0123456789abcdefghjkmnpqrstvwxy%"})
    void anything_else_is_no_serial(String text) {
        assertThat(CertificateSerial.parse(text)).isEmpty();
        assertThatThrownBy(() -> new CertificateSerial(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_is_no_serial() {
        assertThat(CertificateSerial.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CertificateSerial(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void lower_case_is_not_stored() {
        assertThatThrownBy(() -> new CertificateSerial(GOOD.toLowerCase())).isInstanceOf(IllegalArgumentException.class);
    }
}
