package org.kalamela.application.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.identity.password.ResetLinkMailer;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.DistrictOfficialPolicy;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * How a district official's account comes to be, whoever asks for it: the admin creating the district's
 * official ({@link CreateDistrictOfficial}) or appointing a conference official for a district that has none
 * yet. The official gets either an invitation link by mail (a set-password token, as in the forgot-password
 * flow) or a random password returned once; never a password derived from a name or phone, as the old app did.
 * A plain bean, not a use case: it runs inside its caller's transaction.
 */
@ApplicationScoped
public class DistrictOfficialAccounts {

    /** How the new official learns their password. */
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
    public DistrictOfficialAccounts(AccountRepository accounts, PasswordHasher hasher, ResetLinkMailer invitations,
                                    AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The district's active official account, if it has one. */
    public Optional<Account> activeOfficial(District district) {
        return accounts.findActiveOfficial(district.id());
    }

    /**
     * Creates the district's official account (one active per district) and audits it as
     * {@code DISTRICT_OFFICIAL_CREATED}.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code DISTRICT_OFFICIAL_EXISTS},
     *         {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE}, {@code PHONE_IN_USE}
     */
    public Created create(District district, Request request, Actor actor) {
        Instant now = clock.instant();
        DistrictOfficialPolicy.checkNewOfficial(district.name(), activeOfficial(district).isPresent());
        String username = request.username() == null || request.username().isBlank()
                ? freeUsername("official-" + slug(district.name()))
                : request.username().trim();
        // With an invitation nobody knows the initial random password: the link sets the real one.
        String password = EnsureAdminAccount.randomPassword();
        String phone = request.phone() == null || request.phone().isBlank() ? null
                : PhoneNumber.parse(request.phone(), "phone").digits();
        String email = request.email() == null || request.email().isBlank() ? null
                : EmailAddress.parse(request.email(), "email").value();
        NewAccount official = new NewAccount(username, email, phone, request.displayName().trim(),
                hasher.hash(password), Role.DISTRICT_OFFICIAL, district.id(), null);
        // A password the admin reads out is not the official's own: it must be replaced at the first sign-in.
        AccountId id = accounts.create(request.delivery() == Delivery.ONE_TIME_PASSWORD
                ? official.withOneTimePassword() : official);
        Account account = accounts.findById(id).orElseThrow();
        if (request.delivery() == Delivery.INVITATION) {
            invitations.send(account, now);
        }
        audit.record(AuditEntry.by(actor, "DISTRICT_OFFICIAL_CREATED", "account", id, now,
                Map.of("district", district.name(), "username", username, "delivery", request.delivery().name())));
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

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "district" : slug;
    }
}
