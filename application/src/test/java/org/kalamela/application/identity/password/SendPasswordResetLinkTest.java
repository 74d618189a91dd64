package org.kalamela.application.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.identity.IdentityFixture.LINK_BASE;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;
import static org.kalamela.application.identity.IdentityFixture.RESET_LIFETIME;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.password.SendPasswordResetLink.Delivery;
import org.kalamela.application.identity.password.SendPasswordResetLink.Sent;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;

class SendPasswordResetLinkTest {

    private static final String NEW_PASSWORD = "Brand-New-Secret-7";

    private final IdentityFixture world = new IdentityFixture();
    private final Actor admin = world.account(new NewAccount("admin", null, null, "Diocese office",
            world.hasher.hash(PASSWORD), Role.ADMIN, null, null)).asActor();
    private final Account mary = world.official("mary", "9847000001");
    private final Account noMail = world.account(new NewAccount("unit-17", null, "9847000017", "Unit 17",
            world.hasher.hash(PASSWORD), Role.ADMIN, null, null));

    private Sent send(String login) {
        return world.sendPasswordResetLink.execute(new SendPasswordResetLink.Command(login), admin);
    }

    private void confirm(String token) {
        world.confirmPasswordReset.execute(new ConfirmPasswordReset.Command(token, NEW_PASSWORD));
    }

    private static String token(String link) {
        assertThat(link).startsWith(LINK_BASE);
        return link.substring(LINK_BASE.length());
    }

    @Test
    void anAccountWithAnEmailIsMailedTheLinkAndTheAdminDoesNotSeeIt() {
        Sent sent = send("mary");

        assertThat(sent.delivery()).isEqualTo(Delivery.MAILED);
        assertThat(sent.link()).isEmpty();
        assertThat(sent.account().username()).isEqualTo("mary");
        assertThat(sent.expiresAt()).isEqualTo(world.clock.instant().plus(RESET_LIFETIME));
        assertThat(world.mailer.last().to()).isEqualTo("mary@example.org");
        confirm(world.mailer.lastLinkToken(LINK_BASE));
        assertThat(world.signIn("mary", NEW_PASSWORD).account().username()).isEqualTo("mary");
    }

    @Test
    void anAccountWithoutAnEmailGetsALinkForTheAdminToHandOver() {
        Sent sent = send("9847000017");

        assertThat(sent.delivery()).isEqualTo(Delivery.HANDED_OVER);
        assertThat(world.mailer.sent()).isEmpty();
        String token = token(sent.link().orElseThrow());
        assertThat(world.resetTokens.all()).singleElement().satisfies(t -> {
            assertThat(t.tokenHash()).isEqualTo(OpaqueTokens.hash(token));
            assertThat(t.accountId()).isEqualTo(noMail.id());
            assertThat(t.expiresAt()).isEqualTo(sent.expiresAt());
        });
        confirm(token);
        assertThat(world.signIn("unit-17", NEW_PASSWORD).account().username()).isEqualTo("unit-17");
    }

    @Test
    void theLinkWorksOnce() {
        String token = token(send("unit-17").link().orElseThrow());
        confirm(token);

        assertThatThrownBy(() -> world.confirmPasswordReset.execute(
                new ConfirmPasswordReset.Command(token, "Another-Secret-8")))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("errorCode", ErrorCode.INVALID_RESET_TOKEN);
    }

    @Test
    void theLinkExpiresAfterSixtyMinutes() {
        String token = token(send("unit-17").link().orElseThrow());
        world.clock.advance(Duration.ofMinutes(60));

        assertThatThrownBy(() -> confirm(token)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aNewLinkVoidsTheAccountsEarlierOnes() {
        String first = token(send("unit-17").link().orElseThrow());
        String second = token(send("unit-17").link().orElseThrow());

        assertThatThrownBy(() -> confirm(first)).isInstanceOf(InvalidInput.class);
        confirm(second);
    }

    @Test
    void theLinkSetsThePasswordOfItsOwnAccountOnly() {
        confirm(token(send("unit-17").link().orElseThrow()));

        assertThat(world.reload(noMail).passwordHash()).isEqualTo(world.hasher.hash(NEW_PASSWORD));
        assertThat(world.reload(mary).passwordHash()).isEqualTo(mary.passwordHash());
    }

    @Test
    void isAuditedWithoutTheLink() {
        Sent sent = send("unit-17");

        AuditEntry entry = world.audit.last("PASSWORD_RESET_LINK_SENT");
        assertThat(entry.actorId()).isEqualTo(admin.accountId());
        assertThat(entry.targetId()).isEqualTo(noMail.id().toString());
        assertThat(entry.details()).containsEntry("delivery", "HANDED_OVER").containsEntry("username", "unit-17");
        assertThat(entry.details().values()).noneMatch(v -> v.contains(token(sent.link().orElseThrow())));
    }

    @Test
    void onlyTheAdminMaySendALink() {
        assertThatThrownBy(() -> world.sendPasswordResetLink.execute(new SendPasswordResetLink.Command("unit-17"),
                mary.asActor())).isInstanceOf(Forbidden.class);
        assertThat(world.resetTokens.all()).isEmpty();
    }

    @Test
    void anUnknownLoginIsNotFound() {
        assertThatThrownBy(() -> send("nobody")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> send(" ")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        world.accounts.setActive(noMail.id(), false);

        assertThatThrownBy(() -> send("unit-17")).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("errorCode", ErrorCode.ACCOUNT_INACTIVE);
        assertThat(world.resetTokens.all()).isEmpty();
    }
}
