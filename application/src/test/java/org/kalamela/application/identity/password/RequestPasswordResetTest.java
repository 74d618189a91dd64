package org.kalamela.application.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.identity.IdentityFixture.LINK_BASE;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;
import static org.kalamela.application.identity.IdentityFixture.RESET_LIFETIME;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.mail.MailMessage;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.InvalidInput;

class RequestPasswordResetTest {

    private static final String NEW_PASSWORD = "Brand-New-Secret-7";

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary", "9847000001");

    @ParameterizedTest
    @ValueSource(strings = {"mary", "MARY@example.org", "9847000001", " mary "})
    void mailsAWorkingLinkToTheAccountsAddress(String login) {
        world.requestPasswordReset.execute(login);

        MailMessage mail = world.mailer.last();
        assertThat(mail.to()).isEqualTo("mary@example.org");
        assertThat(mail.body()).contains("'mary'").contains("60 minutes");
        String token = world.mailer.lastLinkToken(LINK_BASE);
        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(token, NEW_PASSWORD));
        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void storesOnlyTheHashOfTheTokenValidForSixtyMinutes() {
        world.requestPasswordReset.execute("mary");

        String token = world.mailer.lastLinkToken(LINK_BASE);
        assertThat(world.resetTokens.all()).singleElement().satisfies(t -> {
            assertThat(t.tokenHash()).isEqualTo(OpaqueTokens.hash(token)).isNotEqualTo(token);
            assertThat(t.accountId()).isEqualTo(mary.id());
            assertThat(t.expiresAt()).isEqualTo(world.clock.instant().plus(RESET_LIFETIME));
            assertThat(t.usedAt()).isNull();
        });
        assertThat(world.audit.last("PASSWORD_RESET_REQUESTED").actorId()).isEqualTo(mary.id());
    }

    @Test
    void everyRequestSendsItsOwnLink() {
        world.requestPasswordReset.execute("mary");
        String first = world.mailer.lastLinkToken(LINK_BASE);
        world.requestPasswordReset.execute("mary");

        assertThat(world.mailer.lastLinkToken(LINK_BASE)).isNotEqualTo(first);
        assertThat(world.mailer.sent()).hasSize(2);
    }

    @Test
    void anUnknownLoginSendsNothingAndSaysNothing() {
        assertThatCode(() -> world.requestPasswordReset.execute("nobody")).doesNotThrowAnyException();

        nothingHappened();
    }

    @Test
    void anInactiveAccountGetsNoMail() {
        world.accounts.setActive(mary.id(), false);

        assertThatCode(() -> world.requestPasswordReset.execute("mary")).doesNotThrowAnyException();

        nothingHappened();
    }

    @Test
    void anAccountWithoutEmailGetsNoMail() {
        world.account(new NewAccount("ward-7", null, "9847000002", "Ward 7", world.hasher.hash(PASSWORD),
                Role.JUDGE, null, null));

        assertThatCode(() -> world.requestPasswordReset.execute("ward-7")).doesNotThrowAnyException();

        nothingHappened();
    }

    @Test
    void aLoginIsRequired() {
        assertThatThrownBy(() -> world.requestPasswordReset.execute(" ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> world.requestPasswordReset.execute(null)).isInstanceOf(InvalidInput.class);
    }

    private void nothingHappened() {
        assertThat(world.mailer.sent()).isEmpty();
        assertThat(world.resetTokens.all()).isEmpty();
        assertThat(world.audit.actions()).doesNotContain("PASSWORD_RESET_REQUESTED");
    }
}
