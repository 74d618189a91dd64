package org.kalamela.adapters.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashesAreSaltedArgon2idInThePhcFormatAndVerify() {
        String first = hasher.hash("Correct-Horse-42");
        String second = hasher.hash("Correct-Horse-42");
        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(hasher.verify("Correct-Horse-42", first)).isTrue();
        assertThat(hasher.verify("Correct-Horse-43", first)).isFalse();
        assertThat(hasher.needsRehash(first)).isFalse();
    }

    @Test
    void weakerParametersAreVerifiedAndReportedForRehash() {
        String weaker = hasher.hash("Correct-Horse-42").replace("m=19456,t=2,p=1", "m=19456,t=1,p=1");
        // The parameters are part of what was hashed, so a changed parameter no longer matches...
        assertThat(hasher.verify("Correct-Horse-42", weaker)).isFalse();
        // ...but a hash made with other parameters is recognised as one to replace.
        assertThat(hasher.needsRehash(weaker)).isTrue();
    }

    @Test
    void djangoPbkdf2HashesVerifyAgainstThePublishedTestVector() {
        // PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes), as Django would store it.
        String django = "pbkdf2_sha256$1$salt$Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4Xs=";
        assertThat(hasher.verify("password", django)).isTrue();
        assertThat(hasher.verify("Password", django)).isFalse();
        assertThat(hasher.needsRehash(django)).isTrue();
    }

    @Test
    void djangoHashesWrittenByTheEncoderVerify() {
        String django = DjangoPbkdf2.encode("Legacy-Password-9", "seasalt", 1000);
        assertThat(hasher.verify("Legacy-Password-9", django)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "$argon2id$v=19$m=x,t=2,p=1$a$b", "$argon2id$v=19$m=19456,t=2,p=1$only-two",
            "pbkdf2_sha256$notanumber$salt$hash", "pbkdf2_sha256$0$salt$aGFzaA==", "pbkdf2_sha256$1$salt"})
    void malformedStoredHashesNeverVerify(String stored) {
        assertThat(hasher.verify("anything", stored)).isFalse();
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @Test
    void missingValuesNeverVerify() {
        assertThat(hasher.verify(null, hasher.hash("x-Correct-42"))).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }
}
