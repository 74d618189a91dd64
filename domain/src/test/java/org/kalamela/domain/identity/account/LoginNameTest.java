package org.kalamela.domain.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class LoginNameTest {

    @ParameterizedTest
    @CsvSource({
            "'9847012345', 9847012345",
            "'+91 98470 12345', 9847012345",
            "' 98470-12345 ', 9847012345",
            "'+919847012345', 9847012345",
            "'admin', admin",
            "' ADO-2026-0001 ', ADO-2026-0001",
            "'someone@example.org', someone@example.org",
            // Not a mobile number (starts with 5): kept as typed, it may be a username.
            "'5847012345', 5847012345",
            "'12345', 12345"
    })
    void phonesAreLookedUpByTheirDigitsAndEverythingElseAsTyped(String typed, String key) {
        assertThat(LoginName.lookupKey(typed)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ad\u0000min", "admin\n", "ad\tmin", "\u007Fadmin"})
    void aLoginWithAControlCharacterIsAFieldErrorNotALookup(String typed) {
        assertThatThrownBy(() -> LoginName.lookupKey(typed)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("login"));
    }
}
