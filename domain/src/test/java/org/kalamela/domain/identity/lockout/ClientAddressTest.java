package org.kalamela.domain.identity.lockout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "2001:db8::1", "fe80::1%eth0", "unknown"})
    void ipAddressesAreKeptAsGiven(String address) {
        assertThat(ClientAddress.ofOrUnknown(address).value()).isEqualTo(address);
    }

    @Test
    void bracketsAndSpacesAroundAnAddressAreDropped() {
        assertThat(ClientAddress.ofOrUnknown(" [2001:db8::1] ").value()).isEqualTo("2001:db8::1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "*", "1.2.3.4, 5.6.7.8", "a\u0000b", "<script>"})
    void whatIsNotAnAddressCountsAsUnknown(String host) {
        assertThat(ClientAddress.ofOrUnknown(host)).isEqualTo(ClientAddress.UNKNOWN);
    }

    @Test
    void anOverlongAddressCountsAsUnknown() {
        assertThat(ClientAddress.ofOrUnknown("a".repeat(65))).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.ofOrUnknown("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void anAddressCannotBeBuiltInvalid() {
        assertThatThrownBy(() -> new ClientAddress("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(null)).isInstanceOf(NullPointerException.class);
    }
}
