package org.kalamela.application.identity.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.identity.session.IdentitySettings;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.mail.Mailer;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Issues a set-password link to an account and mails it, audited as requested: the forgotten password
 * ({@link RequestPasswordReset}) and the invitation of an official the admin creates both send one. A helper
 * of those use cases, in their transaction, not a use case itself.
 */
@ApplicationScoped
public class ResetLinkMailer {

    private final ResetLinks links;
    private final AuditLog audit;

    @Inject
    public ResetLinkMailer(PasswordResetTokenRepository resetTokens, Mailer mailer, AuditLog audit,
                           IdentitySettings settings) {
        this.links = new ResetLinks(resetTokens, mailer, settings);
        this.audit = audit;
    }

    public void send(Account account, Instant now) {
        links.mail(account, links.issue(account, now));
        audit.record(new AuditEntry(account.id(), account.username(), "PASSWORD_RESET_REQUESTED", "account",
                account.id().toString(), now, Map.of()));
    }
}
