package org.kalamela.domain.identity.password;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.InvalidInput;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsTenCharactersThatAreNeitherUsernameNorCommon() {
        assertThatCode(() -> policy.check("mango-Tree7", "unit42", "password")).doesNotThrowAnyException();
    }

    @Test
    void refusesNineCharacters() {
        assertThatThrownBy(() -> policy.check("abcdefgh9", "unit42", "password"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at least 10")
                .extracting(e -> ((InvalidInput) e).code()).isEqualTo("WEAK_PASSWORD");
    }

    @Test
    void countsCodePointsNotChars() {
        // Ten Malayalam letters are ten characters even where a letter takes more than one UTF-16 unit.
        assertThatCode(() -> policy.check("അആഇഈഉഊഋഎഏഐ", "unit42", "password")).doesNotThrowAnyException();
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThatThrownBy(() -> policy.check("KTM-2026-0001", "ktm-2026-0001", "password"))
                .hasMessageContaining("username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "Password123", "QWERTYUIOP", "kalamela2026"})
    void refusesCommonPasswords(String common) {
        assertThatThrownBy(() -> policy.check(common, "someone", "password"))
                .hasMessageContaining("commonly used");
    }

    @Test
    void refusesBlankAndOverlongPasswords() {
        assertThatThrownBy(() -> policy.check("   ", "u", "password")).hasMessageContaining("required");
        assertThatThrownBy(() -> policy.check("x".repeat(129), "u", "password")).hasMessageContaining("at most");
        assertThatCode(() -> policy.check("x".repeat(128), "u", "password")).doesNotThrowAnyException();
    }

    @Test
    void namesTheFieldItWasGiven() {
        assertThatThrownBy(() -> policy.check("short", "u", "newPassword"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors().get(0).field())
                                .isEqualTo("newPassword"));
    }
}
