package org.kalamela.application.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.identity.password.ResetLinkMailer;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * How an account the admin makes for a district official or a judge comes to be ({@link StaffKind}). The
 * person gets either an invitation link by mail (a set-password token, as in the forgot-password flow) or a
 * random password returned once, which they must replace at the first sign-in; never a password derived
 * from a name or phone, as the old app did. The rules of each kind (one active official per district) are
 * checked by the caller before. A plain bean, not a use case: it runs inside its caller's transaction.
 */
@ApplicationScoped
public class StaffAccounts {

    /** How the new account's owner learns their password. */
    public enum Delivery { INVITATION, ONE_TIME_PASSWORD }

    /** {@code email} and {@code phone} as typed, optional unless the invitation needs the email. */
    public record Request(String displayName, String username, String email, String phone, Delivery delivery) {

        /** Adds the request's field errors (the field names of the API) to the caller's validation. */
        public Validation validate(Validation validation) {
            return validation
                    .required(displayName, "displayName")
                    .required(delivery, "delivery")
                    .check(delivery != Delivery.INVITATION || (email != null && !email.isBlank()), "email",
                            "is required to send an invitation")
                    .check(email == null || email.isBlank() || EmailAddress.tryParse(email).isPresent(),
                            "email", "must be an email address")
                    .check(phone == null || phone.isBlank() || PhoneNumber.tryParse(phone).isPresent(), "phone",
                            "must be a 10-digit Indian mobile number, optionally with +91")
                    .check(username == null || username.isBlank() || username.matches("[A-Za-z0-9._-]{3,64}"),
                            "username", "must be 3 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    /** The created account, and the one-time password when that delivery was chosen. */
    public record Created(Account account, Optional<String> oneTimePassword) {
    }

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final ResetLinkMailer invitations;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public StaffAccounts(AccountRepository accounts, PasswordHasher hasher, ResetLinkMailer invitations,
                         AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the account and audits it as {@code <KIND>_CREATED} with the username, the delivery and the
     * caller's details.
     *
     * @param district the official's district; null for a judge
     * @param usernameBase the username taken when the request names none ({@code -2}, {@code -3} ... when taken)
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE},
     *         {@code PHONE_IN_USE} (and {@code DISTRICT_OFFICIAL_EXISTS} from the database's key)
     */
    public Created create(StaffKind kind, DistrictId district, String usernameBase, Request request, Actor actor,
                          Map<String, String> details) {
        Instant now = clock.instant();
        String username = request.username() == null || request.username().isBlank()
                ? freeUsername(usernameBase)
                : request.username().trim();
        // With an invitation nobody knows the initial random password: the link sets the real one.
        String password = EnsureAdminAccount.randomPassword();
        String phone = request.phone() == null || request.phone().isBlank() ? null
                : PhoneNumber.parse(request.phone(), "phone").digits();
        String email = request.email() == null || request.email().isBlank() ? null
                : EmailAddress.parse(request.email(), "email").value();
        NewAccount staff = new NewAccount(username, email, phone, request.displayName().trim(),
                hasher.hash(password), kind.role(), district, null);
        // A password the admin reads out is not the owner's own: it must be replaced at the first sign-in.
        AccountId id = accounts.create(request.delivery() == Delivery.ONE_TIME_PASSWORD
                ? staff.withOneTimePassword() : staff);
        Account account = accounts.findById(id).orElseThrow();
        if (request.delivery() == Delivery.INVITATION) {
            invitations.send(account, now);
        }
        Map<String, String> audited = new LinkedHashMap<>(details);
        audited.put("username", username);
        audited.put("delivery", request.delivery().name());
        audit.record(AuditEntry.by(actor, kind.action("CREATED"), "account", id, now, audited));
        return new Created(account,
                request.delivery() == Delivery.ONE_TIME_PASSWORD ? Optional.of(password) : Optional.empty());
    }

    private String freeUsername(String base) {
        String candidate = base;
        for (int n = 2; accounts.usernameTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A name as a username part: lower case letters and digits joined by '-', {@code fallback} if none. */
    static String slug(String name, String fallback) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
