package org.kalamela.application.identity.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.identity.account.StaffAccounts.Delivery;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin creates the district official account of a district (one active per district). The official
 * gets either an invitation link by mail (a set-password token, as in the forgot-password flow) or a random
 * password returned once in the answer; never a password derived from a name or phone, as the old app did
 * ({@link DistrictOfficialAccounts}, which the conference's appointments use too, over {@link StaffAccounts}).
 */
@UseCase
public class CreateDistrictOfficial {

    /** {@code email} and {@code phone} as typed, optional unless the invitation needs the email. */
    public record Command(DistrictId districtId, String displayName, String username, String email, String phone,
                          Delivery delivery) {
        public Command {
            new StaffAccounts.Request(displayName, username, email, phone, delivery)
                    .validate(new Validation().required(districtId, "districtId"))
                    .throwIfInvalid();
        }

        StaffAccounts.Request request() {
            return new StaffAccounts.Request(displayName, username, email, phone, delivery);
        }
    }

    /** The created account, and the one-time password when that delivery was chosen. */
    public record Created(AccountView account, Optional<String> oneTimePassword) {
    }

    private final DistrictRepository districts;
    private final DistrictOfficialAccounts officials;

    @Inject
    public CreateDistrictOfficial(DistrictRepository districts, DistrictOfficialAccounts officials) {
        this.districts = districts;
        this.officials = officials;
    }

    /**
     * @throws NotFound for an unknown district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code DISTRICT_OFFICIAL_EXISTS},
     *         {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE}, {@code PHONE_IN_USE}
     */
    @Transactional
    public Created execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        District district = districts.findById(command.districtId())
                .orElseThrow(() -> new NotFound("district", command.districtId()));
        StaffAccounts.Created created = officials.create(district, command.request(), actor);
        return new Created(AccountView.of(created.account()), created.oneTimePassword());
    }
}
