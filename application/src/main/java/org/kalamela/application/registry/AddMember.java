package org.kalamela.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.domain.registry.Member;
import org.kalamela.domain.registry.MemberDetails;
import org.kalamela.domain.registry.MemberRepository;
import org.kalamela.domain.registry.RegistrationStatus;
import org.kalamela.domain.registry.RegistryRules;
import org.kalamela.domain.registry.UnitChange;
import org.kalamela.domain.registry.UnitEditPolicy;
import org.kalamela.domain.registry.UnitRegistration;
import org.kalamela.domain.registry.UnitRegistrationRepository;
import org.kalamela.domain.shared.Actor;
import org.kalamela.domain.shared.AuditEntry;
import org.kalamela.domain.shared.AuditLog;

/**
 * A unit account adds a member to its own unit: while its registration is open, and after approval to keep
 * its members current (then audited, as the approved record changes).
 */
@ApplicationScoped
public class AddMember {

    private final UnitRegistrationRepository registrations;
    private final MemberRepository members;
    private final MemberChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AddMember(UnitRegistrationRepository registrations, MemberRepository members, RegistryRules rules,
                     AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.members = members;
        this.checks = new MemberChecks(members, rules);
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Member execute(MemberForm form, Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        UnitEditPolicy.check(registration.status(), UnitChange.ADD_MEMBER);
        MemberDetails details = checks.details(form, LocalDate.now(clock));
        checks.unique(registration.unitId(), details, null);
        Member added = members.add(registration.unitId(), details);
        if (registration.status() == RegistrationStatus.APPROVED) {
            audit.record(AuditEntry.by(actor, "MEMBER_ADDED", "member", added.id(), clock.instant(),
                    MemberChanges.of(details)));
        }
        return added;
    }
}
