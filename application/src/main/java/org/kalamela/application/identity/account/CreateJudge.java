package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.identity.account.StaffAccounts.Delivery;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin creates a judge's account (DOMAIN.md: "created like a district official's"): an invitation link
 * by mail (a set-password token, as in the forgot-password flow) or a random password returned once, to be
 * replaced at the first sign-in. Named {@code judge-<name>} unless the admin names it. A judge belongs to no
 * district; the admin seats them on events' panels afterwards.
 */
@UseCase
public class CreateJudge {

    /** {@code email} and {@code phone} as typed, optional unless the invitation needs the email. */
    public record Command(String displayName, String username, String email, String phone, Delivery delivery) {
        public Command {
            request(displayName, username, email, phone, delivery).validate(new Validation()).throwIfInvalid();
        }

        private static StaffAccounts.Request request(String displayName, String username, String email,
                                                     String phone, Delivery delivery) {
            return new StaffAccounts.Request(displayName, username, email, phone, delivery);
        }

        StaffAccounts.Request request() {
            return request(displayName, username, email, phone, delivery);
        }
    }

    /** The created account, and the one-time password when that delivery was chosen. */
    public record Created(AccountView account, Optional<String> oneTimePassword) {
    }

    private final StaffAccounts staff;

    @Inject
    public CreateJudge(StaffAccounts staff) {
        this.staff = staff;
    }

    /**
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE},
     *         {@code PHONE_IN_USE}
     */
    @Transactional
    public Created execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        StaffAccounts.Created created = staff.create(StaffKind.JUDGE, null,
                "judge-" + StaffAccounts.slug(command.displayName(), "judge"), command.request(), actor, Map.of());
        return new Created(AccountView.of(created.account()), created.oneTimePassword());
    }
}
