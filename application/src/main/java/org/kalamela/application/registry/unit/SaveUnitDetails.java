package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.registration.RegistrationYearPolicy;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.registry.unit.UnitChange;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.registry.unit.UnitEditPolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.validation.Validation;

/** A unit account states its registration year and number of members, while its registration is open. */
@UseCase
public class SaveUnitDetails {

    private final UnitRegistrationRepository registrations;
    private final UnitDetailsRepository details;
    private final RegistrationYearPolicy yearPolicy;
    private final Clock clock;

    @Inject
    public SaveUnitDetails(UnitRegistrationRepository registrations, UnitDetailsRepository details,
                           RegistryRules rules, Clock clock) {
        this.registrations = registrations;
        this.details = details;
        this.yearPolicy = new RegistrationYearPolicy(rules);
        this.clock = clock;
    }

    public record Command(Integer registrationYear, Integer memberCount) {
    }

    @Transactional
    public UnitDetails execute(Command command, Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        UnitEditPolicy.check(registration.status(), UnitChange.DETAILS);
        Validation errors = new Validation()
                .required(command.registrationYear(), "registrationYear")
                .required(command.memberCount(), "memberCount");
        LocalDate today = LocalDate.now(clock);
        if (command.registrationYear() != null) {
            errors.check(() -> yearPolicy.check(command.registrationYear(), today));
        }
        errors.throwIfInvalid();
        UnitDetails saved = new UnitDetails(registration.unitId(), command.registrationYear(), command.memberCount());
        details.save(saved);
        return saved;
    }
}
