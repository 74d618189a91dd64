package org.kalamela.application.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.LINK_BASE;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.session.SessionTokens;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class ConfirmPasswordResetTest {

    private static final String NEW_PASSWORD = "Brand-New-Secret-7";

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary");

    @ParameterizedTest
    @ValueSource(strings = {"short", "nine-char", "password123", "PassWord123"})
    void aWeakPasswordIsRefusedAndTheLinkStillWorks(String weak) {
        String token = resetLink();

        InvalidInput refused = refusal(token, weak);

        assertThat(refused.code()).isEqualTo("WEAK_PASSWORD");
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("newPassword");
        assertThat(world.reload(mary).passwordHash()).isEqualTo(mary.passwordHash());
        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(token, NEW_PASSWORD));
        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        world.official("kottayam-east");
        world.requestPasswordReset.execute("kottayam-east");

        InvalidInput refused = refusal(world.mailer.lastLinkToken(LINK_BASE), "Kottayam-East");

        assertThat(refused.code()).isEqualTo("WEAK_PASSWORD");
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("username"));
    }

    @Test
    void setsTheNewPassword() {
        confirm(resetLink());

        assertThat(world.reload(mary).passwordHash()).isEqualTo(world.hasher.hash(NEW_PASSWORD));
        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
        assertThat(signInCode("mary", PASSWORD)).isEqualTo("INVALID_CREDENTIALS");
        assertThat(world.audit.last("PASSWORD_RESET_COMPLETED").actorId()).isEqualTo(mary.id());
    }

    @Test
    void aLinkWorksOnce() {
        String token = resetLink();
        confirm(token);

        assertThat(refusal(token, "Another-Secret-8").code()).isEqualTo("INVALID_RESET_TOKEN");
        assertThat(world.reload(mary).passwordHash()).isEqualTo(world.hasher.hash(NEW_PASSWORD));
    }

    @Test
    void aNewPasswordVoidsTheOtherOpenLinks() {
        String older = resetLink();
        String newer = resetLink();

        confirm(newer);

        assertThat(refusal(older, "Another-Secret-8").code()).isEqualTo("INVALID_RESET_TOKEN");
        assertThat(world.resetTokens.all()).allSatisfy(t -> assertThat(t.usedAt()).isEqualTo(world.clock.instant()));
    }

    @Test
    void endsEverySessionOfTheAccount() {
        SessionTokens phone = world.signIn("mary", PASSWORD);
        SessionTokens laptop = world.signIn("mary", PASSWORD);

        confirm(resetLink());

        for (SessionTokens session : new SessionTokens[] {phone, laptop}) {
            assertThat(world.admitted(session, mary)).as("the access token stops at once").isFalse();
            AuthenticationFailed refused = catchThrowableOfType(AuthenticationFailed.class,
                    () -> world.refreshSession.execute(session.refreshToken()));
            assertThat(refused.code()).isEqualTo("INVALID_REFRESH_TOKEN");
        }
        assertThat(world.audit.entries()).noneMatch(e -> e.action().equals("REFRESH_TOKEN_REUSED"));
    }

    @Test
    void liftsALockout() {
        for (int i = 0; i < 5; i++) {
            signInCode("mary", "Wrong-Horse-42");
        }
        assertThat(signInCode("mary", PASSWORD)).isEqualTo("ACCOUNT_LOCKED");

        confirm(resetLink());

        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void aLinkWorksForSixtyMinutes() {
        String token = resetLink();
        world.clock.advance(Duration.ofMinutes(60).minusSeconds(1));

        confirm(token);

        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void aLinkExpiresAfterSixtyMinutes() {
        String token = resetLink();
        world.clock.advance(Duration.ofMinutes(60));

        assertThat(refusal(token, NEW_PASSWORD).code()).isEqualTo("INVALID_RESET_TOKEN");
        assertThat(world.reload(mary).passwordHash()).isEqualTo(mary.passwordHash());
    }

    @Test
    void anUnknownTokenIsRefused() {
        InvalidInput refused = refusal(OpaqueTokens.newToken(), NEW_PASSWORD);

        assertThat(refused.code()).isEqualTo("INVALID_RESET_TOKEN");
        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("token");
    }

    @Test
    void aTokenAndAPasswordAreRequired() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> new ConfirmPasswordReset.Command(" ", null));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("token", "newPassword");
    }

    private String resetLink() {
        world.requestPasswordReset.execute("mary");
        return world.mailer.lastLinkToken(LINK_BASE);
    }

    private void confirm(String token) {
        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(token, NEW_PASSWORD));
    }

    private InvalidInput refusal(String token, String newPassword) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(token, newPassword)));
        assertThat(failure).as("the reset should be refused").isNotNull();
        return failure;
    }

    private String signInCode(String login, String password) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> world.signIn(login, password));
        assertThat(failure).as("sign-in should fail").isNotNull();
        return failure.code();
    }
}
