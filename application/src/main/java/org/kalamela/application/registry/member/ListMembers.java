package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.query.AgedMemberRow;
import org.kalamela.application.registry.query.MemberQuery;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The admin's list of members across units, filtered by district, unit, gender, age range and name, paged,
 * each member with their age today ({@link ListCouncilors} for the councilors).
 */
@UseCase
public class ListMembers {

    private final RegistryListReader lists;
    private final Clock clock;

    @Inject
    public ListMembers(RegistryListReader lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Transactional
    public Page<AgedMemberRow> execute(MemberQuery query, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return lists.members(filter(query, today), page).map(row -> aged(row, today));
    }

    static RegistryListReader.MemberFilter filter(MemberQuery query, LocalDate today) {
        MemberQuery all = new MemberQuery(null, null, null, null, null, null);
        return (query == null ? all : query).toFilter(today);
    }

    static AgedMemberRow aged(MemberRow row, LocalDate today) {
        return new AgedMemberRow(row, Age.of(row.dateOfBirth(), today));
    }
}
