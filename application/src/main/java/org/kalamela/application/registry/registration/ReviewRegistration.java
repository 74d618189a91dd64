package org.kalamela.application.registry.registration;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The admin decides on a submitted registration: approves it, or returns it to the unit with a reason so
 * the unit can fix it and submit again. Both are audited.
 */
@UseCase
public class ReviewRegistration {

    private final UnitRegistrationRepository registrations;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ReviewRegistration(UnitRegistrationRepository registrations, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    public record Return(UnitId unitId, String reason) {
    }

    @Transactional
    public UnitRegistration approve(UnitId unitId, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        UnitRegistration approved = find(unitId).approved(now);
        registrations.update(approved);
        audit.record(AuditEntry.by(actor, "REGISTRATION_APPROVED", "unit", unitId, now,
                Map.of("registrationNumber", approved.number().value())));
        return approved;
    }

    @Transactional
    public UnitRegistration returnForChanges(Return command, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        UnitRegistration returned = find(command.unitId()).returned(command.reason(), now);
        registrations.update(returned);
        audit.record(AuditEntry.by(actor, "REGISTRATION_RETURNED", "unit", command.unitId(), now,
                Map.of("registrationNumber", returned.number().value(), "reason", returned.returnReason())));
        return returned;
    }

    private UnitRegistration find(UnitId unitId) {
        if (unitId == null) {
            throw new NotFound("unit", null);
        }
        return registrations.lockByUnit(unitId).orElseThrow(() -> new NotFound("unit", unitId));
    }
}
