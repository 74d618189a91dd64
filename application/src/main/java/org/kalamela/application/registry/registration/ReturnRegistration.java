package org.kalamela.application.registry.registration;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The admin returns a submitted registration to the unit with a reason, so the unit can fix it and submit
 * again (audited).
 */
@UseCase
public class ReturnRegistration {

    public record Command(UnitId unitId, String reason) {
    }

    private final UnitRegistrationRepository registrations;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ReturnRegistration(UnitRegistrationRepository registrations, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UnitRegistration execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        UnitRegistration returned = RegistrationUnderReview.lock(registrations, command.unitId())
                .returned(command.reason(), now);
        registrations.update(returned);
        audit.record(AuditEntry.by(actor, "REGISTRATION_RETURNED", "unit", command.unitId(), now,
                Map.of("registrationNumber", returned.number().value(), "reason", returned.returnReason())));
        return returned;
    }
}
