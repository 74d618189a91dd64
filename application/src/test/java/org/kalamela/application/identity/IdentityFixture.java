package org.kalamela.application.identity;

import java.time.Duration;
import org.kalamela.application.identity.fakes.FakeAccessTokenIssuer;
import org.kalamela.application.identity.fakes.FakePasswordHasher;
import org.kalamela.application.identity.fakes.InMemoryAccountRepository;
import org.kalamela.application.identity.fakes.InMemoryLoginThrottleRepository;
import org.kalamela.application.identity.fakes.InMemoryPasswordResetTokenRepository;
import org.kalamela.application.identity.fakes.InMemoryRefreshTokenRepository;
import org.kalamela.application.identity.fakes.InMemorySessionRepository;
import org.kalamela.application.identity.fakes.RecordingMailer;
import org.kalamela.application.shared.fakes.InMemoryAuditLog;
import org.kalamela.application.shared.fakes.MutableClock;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.ClientAddress;
import org.kalamela.domain.identity.NewAccount;
import org.kalamela.domain.identity.OpaqueTokens;
import org.kalamela.domain.identity.SessionAdmission;
import org.kalamela.domain.identity.SessionId;
import org.kalamela.domain.identity.PasswordPolicy;
import org.kalamela.domain.shared.AccountId;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.Role;

/** The identity use cases wired to fresh fakes, one world per test. */
final class IdentityFixture {

    static final String PASSWORD = "Correct-Horse-42";
    static final String LINK_BASE = "https://kalamela.test/reset?token=";
    static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
    static final Duration RESET_LIFETIME = Duration.ofMinutes(60);
    /** The address sign-ins come from unless a test says otherwise. */
    static final ClientAddress HOME = new ClientAddress("192.0.2.10");

    final MutableClock clock = new MutableClock();
    final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    final InMemoryLoginThrottleRepository throttles = new InMemoryLoginThrottleRepository();
    final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
    final InMemorySessionRepository sessionStore = new InMemorySessionRepository(accounts);
    final InMemoryPasswordResetTokenRepository resetTokens = new InMemoryPasswordResetTokenRepository();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final RecordingMailer mailer = new RecordingMailer();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final FakeAccessTokenIssuer accessTokens = new FakeAccessTokenIssuer(clock);
    final PasswordPolicy passwordPolicy = PasswordPolicy.standard();
    final IdentitySettings settings = new IdentitySettings(REFRESH_LIFETIME, RESET_LIFETIME, LINK_BASE);
    final SessionFactory sessions = new SessionFactory(accessTokens, refreshTokens, sessionStore, settings);
    private long lastDistrict;

    final SignIn signIn = new SignIn(accounts, throttles, hasher, sessions, audit, clock);
    final RefreshSession refreshSession = new RefreshSession(refreshTokens, sessionStore, accounts, sessions, audit,
            clock);
    final SignOut signOut = new SignOut(sessionStore, refreshTokens, audit, clock);
    final ShowCurrentAccount showCurrentAccount = new ShowCurrentAccount(accounts);
    final RequestPasswordReset requestPasswordReset =
            new RequestPasswordReset(accounts, resetTokens, mailer, audit, settings, clock);
    final ConfirmPasswordReset confirmPasswordReset = new ConfirmPasswordReset(resetTokens, accounts, sessionStore,
            throttles, hasher, passwordPolicy, audit, clock);
    final SendPasswordResetLink sendPasswordResetLink =
            new SendPasswordResetLink(accounts, resetTokens, mailer, audit, settings, clock);
    final CheckSession checkSession = new CheckSession(sessionStore);
    final ChangePassword changePassword = new ChangePassword(accounts, sessionStore, resetTokens, hasher,
            passwordPolicy, audit, clock);
    final ListAuditLog listAuditLog = new ListAuditLog(audit);
    final EnsureAdminAccount ensureAdminAccount =
            new EnsureAdminAccount(accounts, hasher, passwordPolicy, audit, clock);

    /**
     * The district official {@code username} of a district of their own, with email
     * {@code username@example.org}, the phone and {@link #PASSWORD}.
     */
    Account official(String username, String phone) {
        return account(new NewAccount(username, username + "@example.org", phone, "Official " + username,
                hasher.hash(PASSWORD), Role.DISTRICT_OFFICIAL, DistrictId.of(++lastDistrict), null));
    }

    Account official(String username) {
        return official(username, null);
    }

    Account account(NewAccount newAccount) {
        AccountId id = accounts.create(newAccount);
        return accounts.findById(id).orElseThrow();
    }

    Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    /** The session the tokens belong to (the family of their refresh token). */
    SessionId sessionOf(SessionTokens tokens) {
        return refreshTokens.findByHashForUpdate(OpaqueTokens.hash(tokens.refreshToken())).orElseThrow().sessionId();
    }

    /** Whether a request bearing an access token of that session would be let through now. */
    boolean admitted(SessionTokens tokens, Account account) {
        return verdict(tokens, account, false) == SessionAdmission.Verdict.ADMITTED;
    }

    SessionAdmission.Verdict verdict(SessionTokens tokens, Account account, boolean usableBeforePasswordChange) {
        return checkSession.execute(java.util.Optional.of(sessionOf(tokens).value()), account.id(),
                usableBeforePasswordChange);
    }

    SessionTokens signIn(String login, String password) {
        return signInFrom(HOME, login, password);
    }

    SessionTokens signInFrom(ClientAddress address, String login, String password) {
        return signIn.execute(new SignIn.Command(login, password, address));
    }
}
