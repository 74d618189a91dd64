package org.kalamela.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.application.identity.fakes.FakePasswordHasher;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.AuthenticationFailed;
import org.kalamela.domain.identity.NewAccount;
import org.kalamela.domain.identity.OpaqueTokens;
import org.kalamela.domain.shared.AuditEntry;
import org.kalamela.domain.shared.InvalidInput;
import org.kalamela.domain.shared.Role;

class SignInTest {

    private static final String WRONG = "Wrong-Horse-42";

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary", "9847000001");

    @ParameterizedTest
    @ValueSource(strings = {"mary", "MARY", "mary@example.org", "Mary@Example.ORG", "9847000001", "  mary  "})
    void signsInByUsernameEmailOrPhone(String login) {
        SessionTokens session = world.signIn(login, PASSWORD);

        assertThat(session.account().id()).isEqualTo(mary.id().value());
        assertThat(session.account().role()).isEqualTo(Role.DISTRICT_OFFICIAL);
        assertThat(session.accessToken()).startsWith("access:" + mary.id());
        assertThat(session.accessTokenExpiresAt()).isEqualTo(world.clock.instant().plusSeconds(15 * 60));
        assertThat(session.refreshTokenExpiresAt())
                .isEqualTo(world.clock.instant().plus(IdentityFixture.REFRESH_LIFETIME));
    }

    @Test
    void storesOnlyTheHashOfTheRefreshToken() {
        SessionTokens session = world.signIn("mary", PASSWORD);

        assertThat(world.refreshTokens.all()).singleElement().satisfies(t -> {
            assertThat(t.tokenHash()).isEqualTo(OpaqueTokens.hash(session.refreshToken()));
            assertThat(t.accountId()).isEqualTo(mary.id());
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountLookTheSame() {
        AuthenticationFailed wrongPassword = refusal("mary", WRONG);
        AuthenticationFailed unknown = refusal("nobody", PASSWORD);

        assertThat(wrongPassword.code()).isEqualTo("INVALID_CREDENTIALS").isEqualTo(unknown.code());
        assertThat(wrongPassword.getMessage()).isEqualTo(unknown.getMessage());
        assertThat(wrongPassword.retryAfter()).isEmpty();
        assertThat(unknown.retryAfter()).isEmpty();
    }

    @Test
    void anUnknownAccountStillCostsAPasswordCheck() {
        int before = world.hasher.verifications();

        refusal("nobody", PASSWORD);

        assertThat(world.hasher.verifications()).isEqualTo(before + 1);
    }

    @Test
    void fourFailuresDoNotLockTheAccount() {
        failTimes(4);

        assertThat(world.signIn("mary", PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void theFifthFailureLocksTheAccountForFifteenMinutes() {
        failTimes(4);

        AuthenticationFailed fifth = refusal("mary", WRONG);

        assertThat(fifth.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(fifth.retryAfter()).contains(Duration.ofMinutes(15));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPassword() {
        lockMary();
        world.clock.advance(Duration.ofMinutes(5));

        AuthenticationFailed refused = refusal("mary", PASSWORD);

        assertThat(refused.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(refused.retryAfter()).contains(Duration.ofMinutes(10));
        assertThat(world.audit.last("SIGN_IN_REFUSED_LOCKED").actorId()).isEqualTo(mary.id());
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        lockMary();

        world.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(refusal("mary", PASSWORD).retryAfter()).contains(Duration.ofSeconds(1));
        world.clock.advance(Duration.ofSeconds(1));

        assertThat(world.signIn("mary", PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void afterTheLockEndsFailuresAreCountedAfresh() {
        lockMary();
        world.clock.advance(Duration.ofMinutes(15));

        assertThat(refusal("mary", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(world.throttles.lockAndGet(mary.id()).failures()).isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failTimes(4);
        world.clock.advance(Duration.ofMinutes(15));

        for (int i = 0; i < 4; i++) {
            assertThat(refusal("mary", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        }
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        failTimes(4);
        world.signIn("mary", PASSWORD);

        failTimes(4);
        assertThat(world.throttles.lockAndGet(mary.id()).failures()).isEqualTo(4);
        assertThat(refusal("mary", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void failuresAreCountedPerAccount() {
        world.official("john");
        failTimes(4);

        assertThat(refusal("john", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(refusal("mary", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void anInactiveAccountIsRefusedOnlyOnceThePasswordIsRight() {
        world.accounts.setActive(mary.id(), false);

        assertThat(refusal("mary", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(refusal("mary", PASSWORD).code()).isEqualTo("ACCOUNT_INACTIVE");
        assertThat(world.refreshTokens.all()).isEmpty();
        assertThat(world.audit.last("SIGN_IN_REFUSED_INACTIVE").actorId()).isEqualTo(mary.id());
    }

    @Test
    void aHashOfAnOlderSchemeIsReplacedAtTheFirstSuccessfulSignIn() {
        Account imported = world.account(new NewAccount("old-unit", null, null, "Imported unit",
                FakePasswordHasher.legacy(PASSWORD), Role.ADMIN, null, null));

        world.signIn("old-unit", PASSWORD);

        assertThat(world.reload(imported).passwordHash()).isEqualTo(world.hasher.hash(PASSWORD));
        assertThat(world.audit.last("PASSWORD_HASH_UPGRADED").actorId()).isEqualTo(imported.id());
        assertThat(world.signIn("old-unit", PASSWORD).account().username()).isEqualTo("old-unit");
    }

    @Test
    void aCurrentHashIsLeftAlone() {
        world.signIn("mary", PASSWORD);

        assertThat(world.reload(mary).passwordHash()).isEqualTo(mary.passwordHash());
        assertThat(world.audit.actions()).doesNotContain("PASSWORD_HASH_UPGRADED");
    }

    @Test
    void aWrongPasswordDoesNotUpgradeAnOlderHash() {
        Account imported = world.account(new NewAccount("old-unit", null, null, "Imported unit",
                FakePasswordHasher.legacy(PASSWORD), Role.ADMIN, null, null));

        refusal("old-unit", WRONG);

        assertThat(world.reload(imported).passwordHash()).isEqualTo(FakePasswordHasher.legacy(PASSWORD));
    }

    @Test
    void recordsSuccessesFailuresAndLocks() {
        refusal("nobody", PASSWORD);
        lockMary();
        var lockedUntil = world.clock.instant().plus(Duration.ofMinutes(15));
        world.clock.advance(Duration.ofMinutes(15));
        world.signIn("mary", PASSWORD);

        AuditEntry unknown = world.audit.entries().get(0);
        assertThat(unknown.action()).isEqualTo("SIGN_IN_FAILED");
        assertThat(unknown.actorId()).isNull();
        assertThat(unknown.actorName()).isEqualTo("anonymous");
        assertThat(unknown.details()).containsEntry("login", "nobody");

        assertThat(world.audit.count("SIGN_IN_FAILED")).isEqualTo(6);
        assertThat(world.audit.last("SIGN_IN_FAILED").details()).containsEntry("failures", "5");
        AuditEntry locked = world.audit.last("ACCOUNT_LOCKED");
        assertThat(locked.actorId()).isEqualTo(mary.id());
        assertThat(locked.details()).containsEntry("until", lockedUntil.toString());
        AuditEntry success = world.audit.last("SIGN_IN_SUCCEEDED");
        assertThat(success.actorId()).isEqualTo(mary.id());
        assertThat(success.actorName()).isEqualTo("mary");
        assertThat(success.at()).isEqualTo(world.clock.instant());
    }

    @Test
    void theLoginRecordedForAnUnknownAccountIsCutShort() {
        refusal("x".repeat(300), PASSWORD);

        assertThat(world.audit.last("SIGN_IN_FAILED").details().get("login")).hasSize(100);
    }

    @Test
    void aLoginAndAPasswordAreRequired() {
        assertThatThrownBy(() -> new SignIn.Command(" ", PASSWORD)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SignIn.Command("mary", "")).isInstanceOf(InvalidInput.class);
    }

    private void lockMary() {
        failTimes(4);
        assertThat(refusal("mary", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(refusal("mary", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        }
    }

    private AuthenticationFailed refusal(String login, String password) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> world.signIn(login, password));
        assertThat(failure).as("sign-in of %s should fail", login).isNotNull();
        return failure;
    }
}
