package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.OwnUnit;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberEntryLookup;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitChange;
import org.kalamela.domain.registry.unit.UnitEditPolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A unit account removes one of its members while its registration is open and the member has no
 * festival entries. A councilor who is removed stops being a councilor.
 */
@UseCase
public class RemoveMember {

    private final UnitRegistrationRepository registrations;
    private final MemberRepository members;
    private final CouncilorRepository councilors;
    private final MemberEntryLookup entries;

    @Inject
    public RemoveMember(UnitRegistrationRepository registrations, MemberRepository members,
                        CouncilorRepository councilors, MemberEntryLookup entries) {
        this.registrations = registrations;
        this.members = members;
        this.councilors = councilors;
        this.entries = entries;
    }

    @Transactional
    public void execute(MemberId memberId, Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        Member member = OwnUnit.member(memberId, registration, members);
        UnitEditPolicy.checkMember(registration.status(), UnitChange.REMOVE_MEMBER, entries.hasEntries(member.id()));
        councilors.removeMember(member.id());
        members.delete(member.id());
    }
}
