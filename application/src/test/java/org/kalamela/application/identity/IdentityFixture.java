package org.kalamela.application.identity;

import java.time.Duration;
import org.kalamela.application.identity.account.DistrictOfficialAccounts;
import org.kalamela.application.identity.account.EnsureAdminAccount;
import org.kalamela.application.identity.account.StaffAccounts;
import org.kalamela.application.identity.account.ShowCurrentAccount;
import org.kalamela.application.identity.audit.ListAuditLog;
import org.kalamela.application.identity.fakes.FakeAccessTokenIssuer;
import org.kalamela.application.identity.fakes.FakePasswordHasher;
import org.kalamela.application.identity.fakes.InMemoryAccountRepository;
import org.kalamela.application.identity.fakes.InMemoryLoginThrottleRepository;
import org.kalamela.application.identity.fakes.InMemoryPasswordResetTokenRepository;
import org.kalamela.application.identity.fakes.InMemoryRefreshTokenRepository;
import org.kalamela.application.identity.fakes.InMemorySessionRepository;
import org.kalamela.application.identity.fakes.RecordingMailer;
import org.kalamela.application.identity.password.ChangePassword;
import org.kalamela.application.identity.password.ConfirmPasswordReset;
import org.kalamela.application.identity.password.RequestPasswordReset;
import org.kalamela.application.identity.password.ResetLinkMailer;
import org.kalamela.application.identity.password.SendPasswordResetLink;
import org.kalamela.application.identity.session.CheckSession;
import org.kalamela.application.identity.session.IdentitySettings;
import org.kalamela.application.identity.session.RefreshSession;
import org.kalamela.application.identity.session.SessionFactory;
import org.kalamela.application.identity.session.SessionTokens;
import org.kalamela.application.identity.session.SignIn;
import org.kalamela.application.identity.session.SignOut;
import org.kalamela.application.shared.fakes.InMemoryAuditLog;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.lockout.ClientAddress;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.SessionAdmission;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/** The identity use cases wired to fresh fakes, one world per test. */
public final class IdentityFixture {

    public static final String PASSWORD = "Correct-Horse-42";
    public static final String LINK_BASE = "https://kalamela.test/reset?token=";
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
    public static final Duration RESET_LIFETIME = Duration.ofMinutes(60);
    /** The address sign-ins come from unless a test says otherwise. */
    public static final ClientAddress HOME = new ClientAddress("192.0.2.10");

    public final TestClock clock = new TestClock();
    public final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    public final InMemoryLoginThrottleRepository throttles = new InMemoryLoginThrottleRepository();
    public final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
    public final InMemorySessionRepository sessionStore = new InMemorySessionRepository(accounts);
    public final InMemoryPasswordResetTokenRepository resetTokens = new InMemoryPasswordResetTokenRepository();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final RecordingMailer mailer = new RecordingMailer();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final FakeAccessTokenIssuer accessTokens = new FakeAccessTokenIssuer(clock);
    public final PasswordPolicy passwordPolicy = PasswordPolicy.standard();
    public final IdentitySettings settings = new IdentitySettings(REFRESH_LIFETIME, RESET_LIFETIME, LINK_BASE);
    public final SessionFactory sessions = new SessionFactory(accessTokens, refreshTokens, sessionStore, settings);
    private long lastDistrict;

    public final SignIn signIn = new SignIn(accounts, throttles, hasher, sessions, audit, clock);
    public final RefreshSession refreshSession = new RefreshSession(refreshTokens, sessionStore, accounts, sessions, audit,
            clock);
    public final SignOut signOut = new SignOut(sessionStore, refreshTokens, audit, clock);
    public final ShowCurrentAccount showCurrentAccount = new ShowCurrentAccount(accounts);
    public final RequestPasswordReset requestPasswordReset =
            new RequestPasswordReset(accounts, resetTokens, mailer, audit, settings, clock);
    public final ConfirmPasswordReset confirmPasswordReset = new ConfirmPasswordReset(resetTokens, accounts, sessionStore,
            throttles, hasher, passwordPolicy, audit, clock);
    public final SendPasswordResetLink sendPasswordResetLink =
            new SendPasswordResetLink(accounts, resetTokens, mailer, audit, settings, clock);
    public final CheckSession checkSession = new CheckSession(sessionStore);
    public final ChangePassword changePassword = new ChangePassword(accounts, sessionStore, resetTokens, hasher,
            passwordPolicy, audit, clock);
    public final ListAuditLog listAuditLog = new ListAuditLog(audit);
    public final EnsureAdminAccount ensureAdminAccount =
            new EnsureAdminAccount(accounts, hasher, passwordPolicy, audit, clock);

    /** The accounts the admin makes for officials and judges, invitations mailed to {@link #mailer}. */
    public StaffAccounts staffAccounts() {
        return new StaffAccounts(accounts, hasher, new ResetLinkMailer(resetTokens, mailer, audit, settings), audit,
                clock);
    }

    public DistrictOfficialAccounts districtOfficialAccounts() {
        return new DistrictOfficialAccounts(accounts, staffAccounts());
    }

    /**
     * The district official {@code username} of a district of their own, with email
     * {@code username@example.org}, the phone and {@link #PASSWORD}.
     */
    public Account official(String username, String phone) {
        return account(new NewAccount(username, username + "@example.org", phone, "Official " + username,
                hasher.hash(PASSWORD), Role.DISTRICT_OFFICIAL, DistrictId.of(++lastDistrict), null));
    }

    public Account official(String username) {
        return official(username, null);
    }

    public Account account(NewAccount newAccount) {
        AccountId id = accounts.create(newAccount);
        return accounts.findById(id).orElseThrow();
    }

    public Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    /** The session the tokens belong to (the family of their refresh token). */
    public SessionId sessionOf(SessionTokens tokens) {
        return refreshTokens.findByHashForUpdate(OpaqueTokens.hash(tokens.refreshToken())).orElseThrow().sessionId();
    }

    /** Whether a request bearing an access token of that session would be let through now. */
    public boolean admitted(SessionTokens tokens, Account account) {
        return verdict(tokens, account, false) == SessionAdmission.Verdict.ADMITTED;
    }

    public SessionAdmission.Verdict verdict(SessionTokens tokens, Account account, boolean usableBeforePasswordChange) {
        return checkSession.execute(java.util.Optional.of(sessionOf(tokens).value()), account.id(),
                usableBeforePasswordChange);
    }

    public SessionTokens signIn(String login, String password) {
        return signInFrom(HOME, login, password);
    }

    public SessionTokens signInFrom(ClientAddress address, String login, String password) {
        return signIn.execute(new SignIn.Command(login, password, address));
    }
}
