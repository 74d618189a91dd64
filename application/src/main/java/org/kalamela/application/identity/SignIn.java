package org.kalamela.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.AuthenticationFailed;
import org.kalamela.domain.identity.LockoutPolicy;
import org.kalamela.domain.identity.LoginName;
import org.kalamela.domain.identity.LoginThrottle;
import org.kalamela.domain.identity.LoginThrottleRepository;
import org.kalamela.domain.identity.PasswordHasher;
import org.kalamela.domain.shared.AuditEntry;
import org.kalamela.domain.shared.AuditLog;
import org.kalamela.domain.shared.Validation;

/**
 * Signs in with a username, email or phone and a password. Failures are counted per account and committed
 * even though the call fails (hence {@code dontRollbackOn}), so that the lockout holds.
 */
@ApplicationScoped
public class SignIn {

    private final AccountRepository accounts;
    private final LoginThrottleRepository throttles;
    private final PasswordHasher hasher;
    private final SessionFactory sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final LockoutPolicy lockout = LockoutPolicy.STANDARD;
    private volatile String decoyHash;

    @Inject
    public SignIn(AccountRepository accounts, LoginThrottleRepository throttles, PasswordHasher hasher,
                  SessionFactory sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(String login, String password) {
        public Command {
            new Validation().required(login, "login").required(password, "password").throwIfInvalid();
        }
    }

    @Transactional(dontRollbackOn = AuthenticationFailed.class)
    public SessionTokens execute(Command command) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByLogin(LoginName.lookupKey(command.login()));
        if (found.isEmpty()) {
            // Spend the same time as a real check, so response times do not tell which accounts exist.
            hasher.verify(command.password(), decoyHash());
            audit.record(anonymous("SIGN_IN_FAILED", command.login(), now, Map.of("reason", "unknown account")));
            throw AuthenticationFailed.invalidCredentials();
        }
        Account account = found.get();
        LoginThrottle throttle = throttles.lockAndGet(account.id());
        var remaining = lockout.remainingLock(throttle, now);
        if (remaining.isPresent()) {
            audit.record(about(account, "SIGN_IN_REFUSED_LOCKED", now, Map.of()));
            throw AuthenticationFailed.locked(remaining.get());
        }
        if (!hasher.verify(command.password(), account.passwordHash())) {
            return failure(account, throttle, now);
        }
        if (!account.active()) {
            audit.record(about(account, "SIGN_IN_REFUSED_INACTIVE", now, Map.of()));
            throw AuthenticationFailed.inactive();
        }
        throttles.save(account.id(), LoginThrottle.CLEAR);
        if (hasher.needsRehash(account.passwordHash())) {
            accounts.changePasswordHash(account.id(), hasher.hash(command.password()));
            audit.record(about(account, "PASSWORD_HASH_UPGRADED", now, Map.of()));
        }
        audit.record(about(account, "SIGN_IN_SUCCEEDED", now, Map.of()));
        return sessions.issue(account, UUID.randomUUID().toString(), now);
    }

    private SessionTokens failure(Account account, LoginThrottle throttle, Instant now) {
        LoginThrottle next = lockout.afterFailure(throttle, now);
        throttles.save(account.id(), next);
        audit.record(about(account, "SIGN_IN_FAILED", now, Map.of("failures", Integer.toString(next.failures()))));
        var locked = lockout.remainingLock(next, now);
        if (locked.isPresent()) {
            audit.record(about(account, "ACCOUNT_LOCKED", now, Map.of("until", next.lockedUntil().toString())));
            throw AuthenticationFailed.locked(locked.get());
        }
        throw AuthenticationFailed.invalidCredentials();
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(UUID.randomUUID().toString());
        }
        return decoyHash;
    }

    private static AuditEntry about(Account account, String action, Instant now, Map<String, String> details) {
        return new AuditEntry(account.id(), account.username(), action, "account", account.id().toString(), now,
                details);
    }

    static AuditEntry anonymous(String action, String login, Instant now, Map<String, String> details) {
        var all = new java.util.HashMap<>(details);
        all.put("login", login.length() > 100 ? login.substring(0, 100) : login);
        return new AuditEntry(null, "anonymous", action, "account", null, now, all);
    }
}
