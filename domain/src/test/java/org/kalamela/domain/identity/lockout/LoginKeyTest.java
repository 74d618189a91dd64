package org.kalamela.domain.identity.lockout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.validation.ControlCharacters;

class LoginKeyTest {

    @Test
    void aKnownAccountIsCountedByItsId() {
        assertThat(LoginKey.forAccount(AccountId.of(42)).value()).isEqualTo("account:42");
        assertThat(LoginKey.forAccount(AccountId.of(42)).isUnknownLogin()).isFalse();
    }

    @Test
    void anUnknownLoginIsKeptOnlyAsTheHashOfItsNormalizedText() {
        LoginKey key = LoginKey.forUnknownLogin("Secret-Password-1");

        assertThat(key.value()).isEqualTo("unknown:" + OpaqueTokens.hash("secret-password-1"));
        assertThat(key.value()).doesNotContainIgnoringCase("secret");
        assertThat(key.isUnknownLogin()).isTrue();
    }

    @Test
    void typedVariantsOfOneUnknownLoginShareTheKey() {
        assertThat(LoginKey.forUnknownLogin("  Nobody ")).isEqualTo(LoginKey.forUnknownLogin("nobody"));
        assertThat(LoginKey.forUnknownLogin("+91 98470 00001")).isEqualTo(LoginKey.forUnknownLogin("9847000001"));
        assertThat(LoginKey.forUnknownLogin("X@Example.ORG")).isEqualTo(LoginKey.forUnknownLogin("x@example.org"));
        assertThat(LoginKey.forUnknownLogin("nobody")).isNotEqualTo(LoginKey.forUnknownLogin("nobody2"));
    }

    @Test
    void onlyTheTwoShapesAreKeys() {
        assertThatThrownBy(() -> new LoginKey("admin")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginKey("account:0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginKey("unknown:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginKey(null)).isInstanceOf(NullPointerException.class);
    }

    /** Any login that can be typed: one with a control character is refused before it is keyed (LoginName). */
    @Property
    void theKeyOfAnyTypedLoginIsAValidKeyThatDoesNotContainIt(@ForAll @NotBlank String typed) {
        Assume.that(ControlCharacters.firstIn(typed, false).isEmpty());
        LoginKey key = LoginKey.forUnknownLogin(typed);

        assertThat(new LoginKey(key.value())).isEqualTo(key);
        assertThat(key.value()).hasSize("unknown:".length() + 64);
    }
}
