package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.UnitRecord;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.MemberId;

/** A unit account reads one of its own members; a member of another unit is not found. Age on today's date. */
@UseCase
public class ViewOwnMember {

    private final MemberRepository members;
    private final Clock clock;

    @Inject
    public ViewOwnMember(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public UnitRecord.AgedMember execute(MemberId id, Actor actor) {
        actor.require(Role.UNIT);
        Member member = (id == null ? Optional.<Member>empty() : members.findById(id))
                .filter(m -> m.unitId().equals(actor.unitId()))
                .orElseThrow(() -> new NotFound("member", id));
        return ViewOwnMembers.aged(member, LocalDate.now(clock));
    }
}
