package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.UnitRecord;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * A unit account reads its own members, a page of them by name ({@link ViewOwnMember} for one of them). Ages
 * are on today's date.
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
    public Page<UnitRecord.AgedMember> execute(PageRequest page, Actor actor) {
        actor.require(Role.UNIT);
        LocalDate today = LocalDate.now(clock);
        return members.findByUnit(actor.unitId(), page).map(member -> aged(member, today));
    }

    static UnitRecord.AgedMember aged(Member member, LocalDate today) {
        return new UnitRecord.AgedMember(member, Age.of(member.details().dateOfBirth(), today));
    }
}
