package org.kalamela.application.identity.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.HOME;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.fakes.FakePasswordHasher;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.lockout.ClientAddress;
import org.kalamela.domain.identity.lockout.LoginKey;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.error.InvalidInput;

class SignInTest {

    private static final String WRONG = "Wrong-Horse-42";
    private static final ClientAddress STRANGER = new ClientAddress("203.0.113.66");

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
        assertThat(failuresFromHome(mary)).isEqualTo(1);
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
        assertThat(failuresFromHome(mary)).isEqualTo(4);
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
        assertThat(unknown.details()).isEqualTo(Map.of("account", "unknown"));

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
    void whatWasTypedAsAnUnknownLoginIsNeverRecorded() {
        String typedPassword = "My-Secret-Password-7";
        for (int i = 0; i < 6; i++) {
            refusal(typedPassword, PASSWORD);
        }

        assertThat(world.audit.entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.details()).containsEntry("account", "unknown");
            assertThat(entry.details().values()).noneMatch(v -> v.contains("Secret"));
            assertThat(entry.targetId()).isNull();
        });
        assertThat(world.audit.actions())
                .containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED", "ACCOUNT_LOCKED", "SIGN_IN_REFUSED_LOCKED");
    }

    @Test
    void aStrangerCannotLockTheOwnerOutFromAnotherAddress() {
        for (int i = 0; i < 10; i++) {
            refusalFrom(STRANGER, "mary", WRONG);
        }

        assertThat(refusalFrom(STRANGER, "mary", PASSWORD).code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(world.signIn("mary", PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void fiftyFailuresFromManyAddressesLockTheAccountEverywhere() {
        for (int i = 0; i < 49; i++) {
            assertThat(refusalFrom(address(i), "mary", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        }
        assertThat(refusalFrom(address(49), "mary", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");

        AuthenticationFailed home = refusal("mary", PASSWORD);
        assertThat(home.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(home.retryAfter()).contains(Duration.ofMinutes(15));

        world.clock.advance(Duration.ofMinutes(15));
        assertThat(world.signIn("mary", PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void aSuccessClearsTheCountOfItsOwnAddressOnly() {
        for (int i = 0; i < 4; i++) {
            refusalFrom(STRANGER, "mary", WRONG);
        }
        world.signIn("mary", PASSWORD);

        assertThat(refusalFrom(STRANGER, "mary", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void anUnknownLoginIsLockedAfterTheSameFailuresWithTheSameAnswer() {
        List<AuthenticationFailed> known = new ArrayList<>();
        List<AuthenticationFailed> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            known.add(refusal("mary", WRONG));
            unknown.add(refusal("nobody", WRONG));
        }

        for (int i = 0; i < 6; i++) {
            assertThat(unknown.get(i).code()).isEqualTo(known.get(i).code());
            assertThat(unknown.get(i).getMessage()).isEqualTo(known.get(i).getMessage());
            assertThat(unknown.get(i).retryAfter()).isEqualTo(known.get(i).retryAfter());
        }
        assertThat(unknown.get(4).code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(unknown.get(5).retryAfter()).contains(Duration.ofMinutes(15));
    }

    @Test
    void typedVariantsOfAnUnknownLoginShareOneCount() {
        for (String typed : new String[] {"nobody", "NOBODY", " Nobody ", "nobody", "noBody"}) {
            refusal(typed, WRONG);
        }

        assertThat(refusal("nobody", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(world.throttles.lockAndGet(LoginKey.forUnknownLogin("nobody"), HOME).fromAddress().failures())
                .isEqualTo(5);
    }

    @Test
    void everyAttemptCostsOnePasswordCheckLockedOrNotKnownOrNot() {
        lockMary();
        for (int i = 0; i < 5; i++) {
            refusal("nobody", WRONG);
        }
        int before = world.hasher.verifications();

        refusal("mary", PASSWORD);
        refusal("nobody", PASSWORD);

        assertThat(world.hasher.verifications()).isEqualTo(before + 2);
    }

    @Test
    void countsWhoseTimeHasPassedAreForgotten() {
        for (int i = 0; i < 3; i++) {
            refusal("nobody-" + i, WRONG);
        }
        assertThat(world.throttles.size()).isEqualTo(6);
        world.clock.advance(Duration.ofMinutes(16));

        refusal("nobody-3", WRONG);

        assertThat(world.throttles.size()).isEqualTo(2);
    }

    @Test
    void anAttemptWithoutAnAddressCountsAsFromAnUnknownAddress() {
        assertThat(new SignIn.Command("mary", PASSWORD, null).from()).isEqualTo(ClientAddress.UNKNOWN);
    }

    @Test
    void aLoginAndAPasswordAreRequired() {
        assertThatThrownBy(() -> new SignIn.Command(" ", PASSWORD, HOME)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SignIn.Command("mary", "", HOME)).isInstanceOf(InvalidInput.class);
    }

    private void lockMary() {
        failTimes(4);
        assertThat(refusal("mary", WRONG).code()).isEqualTo("ACCOUNT_LOCKED");
    }

    private static ClientAddress address(int n) {
        return new ClientAddress("198.51.100." + n);
    }

    private int failuresFromHome(Account account) {
        return world.throttles.lockAndGet(LoginKey.forAccount(account.id()), HOME).fromAddress().failures();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(refusal("mary", WRONG).code()).isEqualTo("INVALID_CREDENTIALS");
        }
    }

    private AuthenticationFailed refusal(String login, String password) {
        return refusalFrom(HOME, login, password);
    }

    private AuthenticationFailed refusalFrom(ClientAddress address, String login, String password) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> world.signInFrom(address, login, password));
        assertThat(failure).as("sign-in of %s should fail", login).isNotNull();
        return failure;
    }
}
