package org.kalamela.application.registry.registration;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.identity.password.PasswordPolicy;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.registration.RegistrationNumber;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationPolicy;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.EmailAddress;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * A unit registers itself (public; the edge rate-limits it): it picks its district and unit name and gives
 * a contact phone, email and password. One account per unit, phones and emails unique among accounts, the
 * password by the identity context's policy. The account's username is a new {@link RegistrationNumber},
 * shown once in the answer; the registration starts as {@code REGISTRATION_STARTED}.
 */
@UseCase
public class RegisterUnit {

    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;
    private final UnitRegistrationRepository registrations;
    private final RegistrationNumberSequence sequence;
    private final AccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public RegisterUnit(DistrictRepository districts, UnitNameRepository unitNames,
                        UnitRegistrationRepository registrations, RegistrationNumberSequence sequence,
                        AccountRepository accounts, PasswordPolicy passwordPolicy, PasswordHasher hasher,
                        AuditLog audit, Clock clock) {
        this.districts = districts;
        this.unitNames = unitNames;
        this.registrations = registrations;
        this.sequence = sequence;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(DistrictId districtId, UnitId unitId, String phone, String email, String password) {
    }

    /** The new account's username is {@code registrationNumber}: the unit signs in with it. */
    public record Result(UnitId unitId, AccountId accountId, String registrationNumber, RegistrationStatus status) {
    }

    @Transactional
    public Result execute(Command command) {
        Validation errors = new Validation()
                .required(command.districtId(), "districtId")
                .required(command.unitId(), "unitId")
                .required(command.password(), "password");
        PhoneNumber phone = errors.read(() -> PhoneNumber.parse(command.phone(), "phone"));
        EmailAddress email = errors.read(() -> EmailAddress.parse(command.email(), "email"));
        errors.throwIfInvalid();
        District district = districts.findById(command.districtId()).filter(District::active)
                .orElseThrow(() -> InvalidInput.field("districtId", "is not an open district"));
        UnitName unit = unitNames.findById(command.unitId())
                .filter(u -> u.active() && u.districtId().equals(district.id()))
                .orElseThrow(() -> InvalidInput.field("unitId", "is not an open unit of the district"));
        boolean unitHasAccount = registrations.lockByUnit(unit.id()).isPresent();
        UnitRegistrationPolicy.checkNew(unit.name(), unitHasAccount, phone, accounts.phoneTaken(phone.digits()),
                email, accounts.emailTaken(email.value()));
        Instant now = clock.instant();
        RegistrationNumber number = freeNumber(district, LocalDate.now(clock).getYear());
        passwordPolicy.check(command.password(), number.value(), "password");
        AccountId account = accounts.create(new NewAccount(number.value(), email.value(), phone.digits(),
                unit.name() + ", " + district.name(), hasher.hash(command.password()), Role.UNIT, district.id(),
                unit.id()));
        UnitRegistration registration = UnitRegistration.started(unit.id(), district.id(), account, number, now);
        registrations.add(registration);
        audit.record(new AuditEntry(account, number.value(), "UNIT_REGISTERED", "unit", unit.id().toString(), now,
                Map.of("registrationNumber", number.value(), "districtId", district.id().toString())));
        return new Result(unit.id(), account, number.value(), registration.status());
    }

    /** The next number of the year whose username is free (an account imported from the old app may hold one). */
    private RegistrationNumber freeNumber(District district, int year) {
        RegistrationNumber number;
        do {
            number = RegistrationNumber.of(district.name(), district.id(), year, sequence.next(year));
        } while (accounts.usernameTaken(number.value()));
        return number;
    }
}
