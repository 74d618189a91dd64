package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.identity.password.ResetLinkMailer;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.DistrictOfficialPolicy;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * The admin creates the district official account of a district (one active per district). The official
 * gets either an invitation link by mail (a set-password token, as in the forgot-password flow) or a random
 * password returned once in the answer; never a password derived from a name or phone, as the old app did.
 */
@UseCase
public class CreateDistrictOfficial {

    /** How the new official learns their password. */
    public enum Delivery { INVITATION, ONE_TIME_PASSWORD }

    /** {@code email} and {@code phone} as typed, optional unless the invitation needs the email. */
    public record Command(DistrictId districtId, String displayName, String username, String email, String phone,
                          Delivery delivery) {
        public Command {
            new Validation()
                    .required(districtId, "districtId")
                    .required(displayName, "displayName")
                    .required(delivery, "delivery")
                    .check(delivery != Delivery.INVITATION || (email != null && !email.isBlank()), "email",
                            "is required to send an invitation")
                    .check(email == null || email.isBlank() || EmailAddress.tryParse(email).isPresent(),
                            "email", "must be an email address")
                    .check(phone == null || phone.isBlank() || PhoneNumber.tryParse(phone).isPresent(), "phone",
                            "must be a 10-digit Indian mobile number, optionally with +91")
                    .check(username == null || username.isBlank() || username.matches("[A-Za-z0-9._-]{3,64}"),
                            "username", "must be 3 to 64 letters, digits, '.', '_' or '-'")
                    .throwIfInvalid();
        }
    }

    /** The created account, and the one-time password when that delivery was chosen. */
    public record Created(AccountView account, Optional<String> oneTimePassword) {
    }

    private final AccountRepository accounts;
    private final DistrictRepository districts;
    private final PasswordHasher hasher;
    private final ResetLinkMailer invitations;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public CreateDistrictOfficial(AccountRepository accounts, DistrictRepository districts, PasswordHasher hasher,
                                  ResetLinkMailer invitations, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.districts = districts;
        this.hasher = hasher;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Created execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        District district = districts.findById(command.districtId())
                .orElseThrow(() -> new NotFound("district", command.districtId()));
        boolean hasActiveOfficial = accounts.findActiveOfficial(district.id()).isPresent();
        DistrictOfficialPolicy.checkNewOfficial(district.name(), hasActiveOfficial);
        String username = command.username() == null || command.username().isBlank()
                ? freeUsername("official-" + slug(district.name()))
                : command.username().trim();
        // With an invitation nobody knows the initial random password: the link sets the real one.
        String password = EnsureAdminAccount.randomPassword();
        String phone = command.phone() == null || command.phone().isBlank() ? null
                : PhoneNumber.parse(command.phone(), "phone").digits();
        String email = command.email() == null || command.email().isBlank() ? null
                : EmailAddress.parse(command.email(), "email").value();
        NewAccount official = new NewAccount(username, email, phone, command.displayName().trim(),
                hasher.hash(password), Role.DISTRICT_OFFICIAL, district.id(), null);
        // A password the admin reads out is not the official's own: it must be replaced at the first sign-in.
        AccountId id = accounts.create(command.delivery() == Delivery.ONE_TIME_PASSWORD
                ? official.withOneTimePassword() : official);
        Account account = accounts.findById(id).orElseThrow();
        if (command.delivery() == Delivery.INVITATION) {
            invitations.send(account, now);
        }
        audit.record(AuditEntry.by(actor, "DISTRICT_OFFICIAL_CREATED", "account", id, now,
                Map.of("district", district.name(), "username", username, "delivery", command.delivery().name())));
        return new Created(AccountView.of(account),
                command.delivery() == Delivery.ONE_TIME_PASSWORD ? Optional.of(password) : Optional.empty());
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
