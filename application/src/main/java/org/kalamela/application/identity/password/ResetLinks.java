package org.kalamela.application.identity.password;

import java.time.Instant;
import org.kalamela.application.identity.session.IdentitySettings;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.mail.MailMessage;
import org.kalamela.domain.identity.mail.Mailer;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.identity.session.OpaqueTokens;

/**
 * Makes single-use set-password links: a random token of which only the hash is stored, valid for the
 * configured lifetime (60 minutes), and the mail that carries the link. Forgot-password, invitations and
 * admin-sent links all use it, and {@link ConfirmPasswordReset} takes what it makes.
 */
final class ResetLinks {

    /** A link as the person opens it, and when it stops working. */
    record Link(String url, Instant expiresAt) {
    }

    private final PasswordResetTokenRepository resetTokens;
    private final Mailer mailer;
    private final IdentitySettings settings;

    ResetLinks(PasswordResetTokenRepository resetTokens, Mailer mailer, IdentitySettings settings) {
        this.resetTokens = resetTokens;
        this.mailer = mailer;
        this.settings = settings;
    }

    Link issue(Account account, Instant now) {
        String token = OpaqueTokens.newToken();
        Instant expiresAt = now.plus(settings.resetTokenLifetime());
        resetTokens.save(account.id(), OpaqueTokens.hash(token), now, expiresAt);
        return new Link(settings.resetLinkBase() + token, expiresAt);
    }

    void mail(Account account, Link link) {
        long minutes = settings.resetTokenLifetime().toMinutes();
        mailer.send(new MailMessage(account.email(), "Kalamela: set your password",
                "Hello " + account.displayName() + ",\n\n"
                        + "Use this link within " + minutes + " minutes to set the password of the account '"
                        + account.username() + "':\n\n" + link.url() + "\n\n"
                        + "If you did not ask for it, ignore this mail; your password stays as it is.\n"));
    }
}
