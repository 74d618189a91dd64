package org.kalamela.application.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.session.SessionTokens;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.session.SessionAdmission.Verdict;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.DistrictId;

class ChangePasswordTest {

    private static final String NEW_PASSWORD = "My-Own-Secret-42";

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary");

    private void change(SessionTokens session, Account account, String current, String next) {
        world.changePassword.execute(new ChangePassword.Command(current, next), account.asActor(),
                world.sessionOf(session));
    }

    @Test
    void replacesThePasswordKeepsThisSessionAndEndsTheOthers() {
        SessionTokens here = world.signIn("mary", PASSWORD);
        SessionTokens elsewhere = world.signIn("mary", PASSWORD);

        change(here, mary, PASSWORD, NEW_PASSWORD);

        assertThat(world.reload(mary).passwordHash()).isEqualTo(world.hasher.hash(NEW_PASSWORD));
        assertThat(world.admitted(here, mary)).isTrue();
        assertThat(world.admitted(elsewhere, mary)).isFalse();
        assertThat(world.sessionStore.find(world.sessionOf(elsewhere)).orElseThrow().endReason())
                .isEqualTo(SessionEnd.PASSWORD_CHANGED);
        assertThat(catchThrowableOfType(AuthenticationFailed.class,
                () -> world.refreshSession.execute(elsewhere.refreshToken())).code())
                .isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(world.refreshSession.execute(here.refreshToken()).account().username()).isEqualTo("mary");
        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
        assertThat(world.audit.last("PASSWORD_CHANGED").actorId()).isEqualTo(mary.id());
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        SessionTokens here = world.signIn("mary", PASSWORD);
        SessionTokens elsewhere = world.signIn("mary", PASSWORD);

        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> change(here, mary, "Not-The-Password-1", NEW_PASSWORD));

        assertThat(refused.code()).isEqualTo("WRONG_CURRENT_PASSWORD");
        assertThat(world.reload(mary).passwordHash()).isEqualTo(mary.passwordHash());
        assertThat(world.admitted(elsewhere, mary)).isTrue();
    }

    @Test
    void voidsOpenResetLinks() {
        SessionTokens here = world.signIn("mary", PASSWORD);
        world.requestPasswordReset.execute("mary");

        change(here, mary, PASSWORD, NEW_PASSWORD);

        assertThat(world.resetTokens.all()).allSatisfy(t -> assertThat(t.usedAt()).isNotNull());
    }

    @Test
    void aOneTimePasswordRestrictsTheSessionUntilItIsReplaced() {
        Account official = world.account(new NewAccount("official-adoor", null, null, "Adoor official",
                world.hasher.hash("Handed-Over-2026"), Role.DISTRICT_OFFICIAL, DistrictId.of(77), null)
                .withOneTimePassword());

        SessionTokens session = world.signIn("official-adoor", "Handed-Over-2026");
        assertThat(session.account().passwordChangeRequired()).isTrue();
        assertThat(world.verdict(session, official, false)).isEqualTo(Verdict.PASSWORD_CHANGE_REQUIRED);
        assertThat(world.verdict(session, official, true)).isEqualTo(Verdict.ADMITTED);
        assertThat(world.showCurrentAccount.execute(official.asActor()).passwordChangeRequired()).isTrue();

        change(session, official, "Handed-Over-2026", NEW_PASSWORD);

        assertThat(world.verdict(session, official, false)).isEqualTo(Verdict.ADMITTED);
        assertThat(world.showCurrentAccount.execute(official.asActor()).passwordChangeRequired()).isFalse();
        assertThat(world.audit.last("PASSWORD_CHANGED").details()).containsEntry("replaced", "one-time password");
    }

    @Test
    void typingTheOneTimePasswordAgainReplacesNothing() {
        Account official = world.account(new NewAccount("official-adoor", null, null, "Adoor official",
                world.hasher.hash("Handed-Over-2026"), Role.DISTRICT_OFFICIAL, DistrictId.of(77), null)
                .withOneTimePassword());
        SessionTokens session = world.signIn("official-adoor", "Handed-Over-2026");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> change(session, official, "Handed-Over-2026", "Handed-Over-2026"));

        assertThat(refused.code()).isEqualTo("SAME_PASSWORD");
        assertThat(world.reload(official).passwordChangeRequired()).isTrue();
    }

    @Test
    void aResetLinkAlsoReplacesAOneTimePassword() {
        Account official = world.account(new NewAccount("official-adoor", "adoor@example.org", null,
                "Adoor official", world.hasher.hash("Handed-Over-2026"), Role.DISTRICT_OFFICIAL, DistrictId.of(77),
                null).withOneTimePassword());
        world.requestPasswordReset.execute("official-adoor");
        String token = world.mailer.lastLinkToken(IdentityFixture.LINK_BASE);

        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(token, NEW_PASSWORD));

        assertThat(world.reload(official).passwordChangeRequired()).isFalse();
    }
}
