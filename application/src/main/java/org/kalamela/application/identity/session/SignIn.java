package org.kalamela.application.identity.session;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.account.LoginName;
import org.kalamela.domain.identity.lockout.ClientAddress;
import org.kalamela.domain.identity.lockout.LockoutPolicy;
import org.kalamela.domain.identity.lockout.LoginKey;
import org.kalamela.domain.identity.lockout.LoginThrottleRepository;
import org.kalamela.domain.identity.lockout.LoginThrottles;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/**
 * Signs in with a username, email or phone and a password. Failures are counted per login and client address
 * and per login from every address ({@link LockoutPolicy}), and committed even though the call fails (hence
 * {@code dontRollbackOn}), so that the lockout holds. A login that matches no account goes through the same
 * steps, the password check included, and is counted and locked the same way: neither the answer nor its
 * time tells a stranger whether the account exists.
 */
@UseCase
public class SignIn {

    private static final Map<String, String> UNKNOWN_ACCOUNT = Map.of("account", "unknown");

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

    /** {@code from} is the client address the attempt came from, as the HTTP adapter sees it. */
    public record Command(String login, String password, ClientAddress from) {
        public Command {
            new Validation().required(login, "login").required(password, "password").throwIfInvalid();
            from = from == null ? ClientAddress.UNKNOWN : from;
        }
    }

    @Transactional(dontRollbackOn = AuthenticationFailed.class)
    public SessionTokens execute(Command command) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByLogin(LoginName.lookupKey(command.login()));
        // One password check on every path, before any row lock is taken: the same time whether the account
        // exists or is locked, and a flood of attempts on one account does not queue behind the locks.
        boolean passwordRight = hasher.verify(command.password(),
                found.map(Account::passwordHash).orElseGet(this::decoyHash)) && found.isPresent();
        LoginKey key = found.map(a -> LoginKey.forAccount(a.id()))
                .orElseGet(() -> LoginKey.forUnknownLogin(command.login()));
        throttles.forgetStale(lockout.forgetWindowsStartedBefore(now), now);
        LoginThrottles state = throttles.lockAndGet(key, command.from());
        var remaining = lockout.remainingLock(state, now);
        if (remaining.isPresent()) {
            audit.record(entry(found, "SIGN_IN_REFUSED_LOCKED", now, Map.of()));
            throw AuthenticationFailed.locked(remaining.get());
        }
        if (!passwordRight) {
            return failure(found, key, command.from(), state, now);
        }
        Account account = found.get();
        if (!account.active()) {
            audit.record(entry(found, "SIGN_IN_REFUSED_INACTIVE", now, Map.of()));
            throw AuthenticationFailed.inactive();
        }
        throttles.save(key, command.from(), lockout.afterSuccess(state));
        if (hasher.needsRehash(account.passwordHash())) {
            accounts.changePasswordHash(account.id(), hasher.hash(command.password()));
            audit.record(entry(found, "PASSWORD_HASH_UPGRADED", now, Map.of()));
        }
        audit.record(entry(found, "SIGN_IN_SUCCEEDED", now, Map.of()));
        return sessions.start(account, now);
    }

    private SessionTokens failure(Optional<Account> found, LoginKey key, ClientAddress from, LoginThrottles state,
                                  Instant now) {
        LoginThrottles next = lockout.afterFailure(state, now);
        throttles.save(key, from, next);
        audit.record(entry(found, "SIGN_IN_FAILED", now,
                found.isPresent() ? Map.of("failures", Integer.toString(next.fromAddress().failures())) : Map.of()));
        var locked = lockout.remainingLock(next, now);
        if (locked.isPresent()) {
            audit.record(entry(found, "ACCOUNT_LOCKED", now, Map.of("until", now.plus(locked.get()).toString())));
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

    /**
     * An entry about the account, or, when the login matched none, an anonymous entry that says only that
     * the account was unknown: what was typed may be a password and is never recorded.
     */
    private static AuditEntry entry(Optional<Account> found, String action, Instant now, Map<String, String> details) {
        if (found.isEmpty()) {
            var all = new HashMap<>(details);
            all.putAll(UNKNOWN_ACCOUNT);
            return new AuditEntry(null, "anonymous", action, "account", null, now, all);
        }
        Account account = found.get();
        return new AuditEntry(account.id(), account.username(), action, "account", account.id().toString(), now,
                details);
    }
}
