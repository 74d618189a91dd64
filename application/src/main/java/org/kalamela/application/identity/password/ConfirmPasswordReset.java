package org.kalamela.application.identity.password;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.lockout.LoginKey;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.identity.password.PasswordResetToken;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.Validation;

/**
 * Sets a new password with a reset token. The token is used up, every other open token of the account is
 * voided, every session is ended and a lockout is lifted: the person has proved they own the mailbox.
 */
@UseCase
public class ConfirmPasswordReset {

    private final PasswordResetTokenRepository resetTokens;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final LoginThrottleRepository throttles;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ConfirmPasswordReset(PasswordResetTokenRepository resetTokens, AccountRepository accounts,
                                SessionRepository sessions, LoginThrottleRepository throttles,
                                PasswordHasher hasher, PasswordPolicy passwordPolicy, AuditLog audit, Clock clock) {
        this.resetTokens = resetTokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttles = throttles;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(String token, String newPassword) {
        public Command {
            new Validation().required(token, "token").required(newPassword, "newPassword").throwIfInvalid();
        }
    }

    @Transactional
    public void execute(Command command) {
        Instant now = clock.instant();
        PasswordResetToken token = resetTokens.findByHashForUpdate(OpaqueTokens.hash(command.token()))
                .filter(t -> t.usableAt(now))
                .orElseThrow(ConfirmPasswordReset::invalidToken);
        Account account = accounts.findById(token.accountId()).orElseThrow(ConfirmPasswordReset::invalidToken);
        passwordPolicy.check(command.newPassword(), account.username(), "newPassword");
        accounts.changePasswordHash(account.id(), hasher.hash(command.newPassword()));
        accounts.requirePasswordChange(account.id(), false);
        resetTokens.markUsed(token.id(), now);
        resetTokens.invalidateAllOf(account.id(), now);
        sessions.endAllOf(account.id(), SessionEnd.PASSWORD_RESET, now);
        throttles.clear(LoginKey.forAccount(account.id()));
        audit.record(new AuditEntry(account.id(), account.username(), "PASSWORD_RESET_COMPLETED", "account",
                account.id().toString(), now, Map.of()));
    }

    private static InvalidInput invalidToken() {
        return new InvalidInput(ErrorCode.INVALID_RESET_TOKEN, "The link is not valid or has expired; ask for a new one",
                java.util.List.of(new org.kalamela.domain.shared.error.FieldError("token", "is not valid or has expired")));
    }
}
