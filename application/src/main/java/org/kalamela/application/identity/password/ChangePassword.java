package org.kalamela.application.identity.password;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.password.PasswordChange;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A signed-in person (any role) replaces their password. The session they are using goes on; every other
 * session of the account ends, so a stolen copy stops working, and open reset links are voided. A one-time
 * password is replaced by this, which lifts the restriction on the account's sessions.
 */
@UseCase
public class ChangePassword {

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordResetTokenRepository resetTokens;
    private final PasswordChange passwordChange;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ChangePassword(AccountRepository accounts, SessionRepository sessions,
                          PasswordResetTokenRepository resetTokens, PasswordHasher hasher,
                          PasswordPolicy passwordPolicy, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.resetTokens = resetTokens;
        this.passwordChange = new PasswordChange(passwordPolicy, hasher);
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(String currentPassword, String newPassword) {
        public Command {
            new Validation().required(currentPassword, "currentPassword").required(newPassword, "newPassword")
                    .throwIfInvalid();
        }
    }

    @Transactional
    public void execute(Command command, Actor actor, SessionId current) {
        Instant now = clock.instant();
        Account account = accounts.findById(actor.accountId())
                .orElseThrow(() -> new NotFound("account", actor.accountId()));
        String newHash = passwordChange.check(account, command.currentPassword(), command.newPassword());
        accounts.changePasswordHash(account.id(), newHash);
        accounts.requirePasswordChange(account.id(), false);
        sessions.endAllOfExcept(account.id(), current, SessionEnd.PASSWORD_CHANGED, now);
        resetTokens.invalidateAllOf(account.id(), now);
        audit.record(AuditEntry.by(actor, "PASSWORD_CHANGED", "account", account.id(), now,
                account.passwordChangeRequired() ? Map.of("replaced", "one-time password") : Map.of()));
    }
}
