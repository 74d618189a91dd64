package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.OwnUnit;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberEntryLookup;
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
import org.kalamela.domain.shared.id.MemberId;

/**
 * A unit account edits one of its members (the whole form is sent). Changing the name, gender or date of
 * birth is an identity change, refused for a member with festival entries; phone, qualification and blood
 * group are contact details. After approval the edit is audited with what changed.
 */
@UseCase
public class EditMember {

    private final UnitRegistrationRepository registrations;
    private final MemberRepository members;
    private final MemberEntryLookup entries;
    private final MemberChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EditMember(UnitRegistrationRepository registrations, MemberRepository members, MemberEntryLookup entries,
                      RegistryRules rules, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.members = members;
        this.entries = entries;
        this.checks = new MemberChecks(members, rules);
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(MemberId memberId, MemberForm form) {
    }

    @Transactional
    public Member execute(Command command, Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        Member member = OwnUnit.member(command.memberId(), registration, members);
        UnitEditPolicy.check(registration.status(), UnitChange.EDIT_MEMBER_CONTACT);
        MemberDetails details = checks.details(command.form(), LocalDate.now(clock));
        if (!details.sameIdentityAs(member.details())) {
            UnitEditPolicy.checkMember(registration.status(), UnitChange.EDIT_MEMBER_IDENTITY,
                    entries.hasEntries(member.id()));
        }
        checks.unique(registration.unitId(), details, member.id());
        Member edited = member.withDetails(details);
        members.update(edited);
        if (registration.status() == RegistrationStatus.APPROVED) {
            audit.record(AuditEntry.by(actor, "MEMBER_EDITED", "member", member.id(), clock.instant(),
                    Changes.between(member.details(), details)));
        }
        return edited;
    }
}
