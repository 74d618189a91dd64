package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.OwnUnit;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.registry.unit.UnitChange;
import org.kalamela.domain.registry.unit.UnitEditPolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;

/**
 * A unit account adds a member to its own unit: while its registration is open, and after approval to keep
 * its members current (then audited, as the approved record changes).
 */
@UseCase
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
                    Changes.of(details, "name", "gender", "dateOfBirth", "phone")));
        }
        return added;
    }
}
