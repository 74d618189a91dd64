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

/** The admin approves a submitted registration (audited); {@link ReturnRegistration} is the other decision. */
@UseCase
public class ApproveRegistration {

    private final UnitRegistrationRepository registrations;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ApproveRegistration(UnitRegistrationRepository registrations, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UnitRegistration execute(UnitId unitId, Actor actor) {
        actor.require(Role.ADMIN);
        Instant now = clock.instant();
        UnitRegistration approved = RegistrationUnderReview.lock(registrations, unitId).approved(now);
        registrations.update(approved);
        audit.record(AuditEntry.by(actor, "REGISTRATION_APPROVED", "unit", unitId, now,
                Map.of("registrationNumber", approved.number().value())));
        return approved;
    }
}
