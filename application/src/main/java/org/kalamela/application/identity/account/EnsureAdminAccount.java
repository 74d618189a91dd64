package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Creates the first admin account when the username is free. The password is the configured one, checked
 * against the password policy, or else a random one that is returned once so that it can be shown to the
 * operator; it is never derived from anything guessable.
 */
@UseCase
public class EnsureAdminAccount {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EnsureAdminAccount(AccountRepository accounts, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                              AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** What happened: the account created (with the generated password, if one was generated) or nothing. */
    public record Outcome(Optional<AccountId> created, Optional<String> generatedPassword) {
    }

    @Transactional
    public Outcome execute(String username, Optional<String> configuredPassword) {
        if (accounts.usernameTaken(username)) {
            return new Outcome(Optional.empty(), Optional.empty());
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(EnsureAdminAccount::randomPassword);
        passwordPolicy.check(password, username, "KALAMELA_ADMIN_PASSWORD");
        AccountId id = accounts.create(new NewAccount(username, null, null, "Diocese office", hasher.hash(password),
                Role.ADMIN, null, null));
        audit.record(new AuditEntry(null, "system", "ADMIN_ACCOUNT_CREATED", "account", id.toString(), clock.instant(),
                Map.of("username", username)));
        return new Outcome(Optional.of(id),
                configuredPassword.filter(p -> !p.isBlank()).isPresent() ? Optional.empty() : Optional.of(password));
    }

    static String randomPassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
