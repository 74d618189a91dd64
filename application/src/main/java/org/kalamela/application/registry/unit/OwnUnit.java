package org.kalamela.application.registry.unit;

import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.MemberId;

/**
 * How the unit account's use cases find what they act on: only a unit account acts (others are
 * forbidden), only on its own unit, and a member of another unit is simply not found.
 */
public final class OwnUnit {

    private OwnUnit() {
    }

    /** The actor's registration, locked for the transaction so a submission cannot interleave with a change. */
    public static UnitRegistration lock(Actor actor, UnitRegistrationRepository registrations) {
        actor.require(Role.UNIT);
        return registrations.lockByUnit(actor.unitId()).orElseThrow(() -> new NotFound("unit", actor.unitId()));
    }

    /** A member of the registration's unit; any other member is not found. */
    public static Member member(MemberId id, UnitRegistration registration, MemberRepository members) {
        if (id == null) {
            throw new NotFound("member", null);
        }
        return members.findById(id).filter(m -> m.unitId().equals(registration.unitId()))
                .orElseThrow(() -> new NotFound("member", id));
    }
}
