package org.kalamela.application.identity.password;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.kalamela.application.UseCase;
import org.kalamela.application.identity.session.IdentitySettings;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.LoginName;
import org.kalamela.domain.identity.mail.Mailer;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/**
 * Mails a single-use reset link to the account's address. Answers the same whether or not the account
 * exists, has an email or is active, so the request reveals nothing.
 */
@UseCase
public class RequestPasswordReset {

    private final AccountRepository accounts;
    private final ResetLinkMailer links;
    private final Clock clock;

    @Inject
    public RequestPasswordReset(AccountRepository accounts, PasswordResetTokenRepository resetTokens, Mailer mailer,
                                AuditLog audit, IdentitySettings settings, Clock clock) {
        this.accounts = accounts;
        this.links = new ResetLinkMailer(resetTokens, mailer, audit, settings);
        this.clock = clock;
    }

    @Transactional
    public void execute(String login) {
        new Validation().required(login, "login").throwIfInvalid();
        Instant now = clock.instant();
        accounts.findByLogin(LoginName.lookupKey(login))
                .filter(Account::active)
                .filter(a -> a.email() != null)
                .ifPresent(account -> links.send(account, now));
    }
}
