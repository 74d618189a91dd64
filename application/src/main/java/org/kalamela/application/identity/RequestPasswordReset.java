package org.kalamela.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.MailMessage;
import org.kalamela.domain.identity.LoginName;
import org.kalamela.domain.identity.Mailer;
import org.kalamela.domain.identity.OpaqueTokens;
import org.kalamela.domain.identity.PasswordResetTokenRepository;
import org.kalamela.domain.shared.AuditEntry;
import org.kalamela.domain.shared.AuditLog;
import org.kalamela.domain.shared.Validation;

/**
 * Mails a single-use reset link to the account's address. Answers the same whether or not the account
 * exists, has an email or is active, so the request reveals nothing.
 */
@ApplicationScoped
public class RequestPasswordReset {

    private final AccountRepository accounts;
    private final PasswordResetTokenRepository resetTokens;
    private final Mailer mailer;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final Clock clock;

    @Inject
    public RequestPasswordReset(AccountRepository accounts, PasswordResetTokenRepository resetTokens, Mailer mailer,
                                AuditLog audit, IdentitySettings settings, Clock clock) {
        this.accounts = accounts;
        this.resetTokens = resetTokens;
        this.mailer = mailer;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void execute(String login) {
        new Validation().required(login, "login").throwIfInvalid();
        Instant now = clock.instant();
        accounts.findByLogin(LoginName.lookupKey(login))
                .filter(Account::active)
                .filter(a -> a.email() != null)
                .ifPresent(account -> send(account, now));
    }

    /** Creates the token and mails the link; also used to invite accounts the admin creates. */
    void send(Account account, Instant now) {
        String token = OpaqueTokens.newToken();
        resetTokens.save(account.id(), OpaqueTokens.hash(token), now, now.plus(settings.resetTokenLifetime()));
        long minutes = settings.resetTokenLifetime().toMinutes();
        mailer.send(new MailMessage(account.email(), "Kalamela: set your password",
                "Hello " + account.displayName() + ",\n\n"
                        + "Use this link within " + minutes + " minutes to set the password of the account '"
                        + account.username() + "':\n\n" + settings.resetLinkBase() + token + "\n\n"
                        + "If you did not ask for it, ignore this mail; your password stays as it is.\n"));
        audit.record(new AuditEntry(account.id(), account.username(), "PASSWORD_RESET_REQUESTED", "account",
                account.id().toString(), now, Map.of()));
    }
}
