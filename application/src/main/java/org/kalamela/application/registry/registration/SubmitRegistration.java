package org.kalamela.application.registry.registration;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.OwnUnit;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.registry.registration.RegistrationCompleteness;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * A unit account sends its completed registration (first time, or again after a return) to the diocese
 * office. From then on the unit changes nothing until the admin returns it.
 */
@UseCase
public class SubmitRegistration {

    private final UnitRegistrationRepository registrations;
    private final UnitDetailsRepository details;
    private final UnitOfficialsRepository officials;
    private final MemberRepository members;
    private final RegistrationCompleteness completeness;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public SubmitRegistration(UnitRegistrationRepository registrations, UnitDetailsRepository details,
                              UnitOfficialsRepository officials, MemberRepository members, RegistryRules rules,
                              AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.details = details;
        this.officials = officials;
        this.members = members;
        this.completeness = new RegistrationCompleteness(rules);
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UnitRegistration execute(Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        Instant now = clock.instant();
        UnitRegistration submitted = registration.submitted(now);
        completeness.check(details.findByUnit(registration.unitId()).isPresent(),
                officials.findByUnit(registration.unitId()).isPresent(),
                members.countByUnit(registration.unitId()));
        registrations.update(submitted);
        audit.record(AuditEntry.by(actor, "REGISTRATION_SUBMITTED", "unit", registration.unitId(), now,
                Map.of("from", registration.status().name())));
        return submitted;
    }
}
