package org.kalamela.application.identity.password;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.session.IdentitySettings;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.LoginName;
import org.kalamela.domain.identity.mail.Mailer;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.identity.password.ResetLinkPolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin sends a set-password link to any account (unit, official, judge): the replacement of the old
 * app's "reset unit login password". The link is mailed when the account has an email, otherwise returned
 * this once for the admin to hand over; either way it works once, for 60 minutes, and only for that account.
 * Earlier open links of the account stop working, so a link handed to the wrong person can be overtaken. The
 * admin never learns or sets the password itself.
 */
@UseCase
public class SendPasswordResetLink {

    /** How the link reaches the person. */
    public enum Delivery { MAILED, HANDED_OVER }

    public record Command(String login) {
        public Command {
            new Validation().required(login, "login").throwIfInvalid();
        }
    }

    /** What the admin is told; {@code link} is present only when it is theirs to hand over. */
    public record Sent(AccountView account, Delivery delivery, Optional<String> link, Instant expiresAt) {
    }

    private final AccountRepository accounts;
    private final PasswordResetTokenRepository resetTokens;
    private final ResetLinks links;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public SendPasswordResetLink(AccountRepository accounts, PasswordResetTokenRepository resetTokens, Mailer mailer,
                                 AuditLog audit, IdentitySettings settings, Clock clock) {
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.links = new ResetLinks(resetTokens, mailer, settings);
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Sent execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        String login = command.login().trim();
        Account account = accounts.findByLogin(LoginName.lookupKey(login))
                .orElseThrow(() -> new NotFound(ErrorCode.NOT_FOUND, "No account has the username, email or phone given"));
        ResetLinkPolicy.checkSendable(account);
        resetTokens.invalidateAllOf(account.id(), now);
        ResetLinks.Link link = links.issue(account, now);
        Delivery delivery = account.email() == null || account.email().isBlank() ? Delivery.HANDED_OVER
                : Delivery.MAILED;
        if (delivery == Delivery.MAILED) {
            links.mail(account, link);
        }
        audit.record(AuditEntry.by(actor, "PASSWORD_RESET_LINK_SENT", "account", account.id(), now,
                Map.of("username", account.username(), "delivery", delivery.name())));
        return new Sent(AccountView.of(account), delivery,
                delivery == Delivery.HANDED_OVER ? Optional.of(link.url()) : Optional.empty(), link.expiresAt());
    }
}
