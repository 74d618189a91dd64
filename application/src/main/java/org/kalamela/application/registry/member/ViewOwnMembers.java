package org.kalamela.application.registry.member;

import org.kalamela.application.registry.unit.UnitRecord;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.actor.Role;

/**
 * A unit account reads its own members: a page of them by name, or one of them; a member of another unit is
 * not found. Ages are on today's date.
 */
@UseCase
public class ViewOwnMembers {

    private final MemberRepository members;
    private final Clock clock;

    @Inject
    public ViewOwnMembers(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public Page<UnitRecord.AgedMember> list(PageRequest page, Actor actor) {
        actor.require(Role.UNIT);
        LocalDate today = LocalDate.now(clock);
        return members.findByUnit(actor.unitId(), page).map(member -> aged(member, today));
    }

    @Transactional
    public UnitRecord.AgedMember one(MemberId id, Actor actor) {
        actor.require(Role.UNIT);
        Member member = (id == null ? Optional.<Member>empty() : members.findById(id))
                .filter(m -> m.unitId().equals(actor.unitId()))
                .orElseThrow(() -> new NotFound("member", id));
        return aged(member, LocalDate.now(clock));
    }

    private static UnitRecord.AgedMember aged(Member member, LocalDate today) {
        return new UnitRecord.AgedMember(member, Age.of(member.details().dateOfBirth(), today));
    }
}
