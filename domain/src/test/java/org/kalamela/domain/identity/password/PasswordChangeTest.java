package org.kalamela.domain.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.AccountId;

class PasswordChangeTest {

    private static final String CURRENT = "Handed-Over-2026";

    /** Hashes readably, so that the test can see which password was hashed. */
    private static final PasswordHasher HASHER = new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean verify(String rawPassword, String storedHash) {
            return storedHash.equals(hash(rawPassword));
        }

        @Override
        public boolean needsRehash(String storedHash) {
            return false;
        }
    };

    private final PasswordChange change = new PasswordChange(PasswordPolicy.standard(), HASHER);
    private final Account mary = new Account(AccountId.of(7), "official-adoor", null, null, "Mary",
            HASHER.hash(CURRENT), Role.DISTRICT_OFFICIAL, null, null, true, true);

    @Test
    void aGoodNewPasswordIsHashed() {
        assertThat(change.check(mary, CURRENT, "My-Own-Secret-42")).isEqualTo("hash:My-Own-Secret-42");
    }

    @Test
    void theCurrentPasswordMustBeRight() {
        assertThat(refusal("handed-over-2026", "My-Own-Secret-42").code()).isEqualTo("WRONG_CURRENT_PASSWORD");
        assertThat(refusal("handed-over-2026", "My-Own-Secret-42").errors().get(0).field())
                .isEqualTo("currentPassword");
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        InvalidInput refused = refusal(CURRENT, CURRENT);
        assertThat(refused.code()).isEqualTo("SAME_PASSWORD");
        assertThat(refused.errors().get(0).field()).isEqualTo("newPassword");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Short-1", "123456789", "official-adoor", "OFFICIAL-ADOOR", "password123"})
    void theNewPasswordMeetsThePolicy(String weak) {
        InvalidInput refused = refusal(CURRENT, weak);
        assertThat(refused.code()).isEqualTo("WEAK_PASSWORD");
        assertThat(refused.errors().get(0).field()).isEqualTo("newPassword");
    }

    @Test
    void aWrongCurrentPasswordIsToldBeforeAnythingAboutTheNewOne() {
        assertThat(refusal("wrong", "short").code()).isEqualTo("WRONG_CURRENT_PASSWORD");
    }

    private InvalidInput refusal(String current, String next) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> change.check(mary, current, next));
        assertThat(refused).as("the change should be refused").isNotNull();
        return refused;
    }
}
