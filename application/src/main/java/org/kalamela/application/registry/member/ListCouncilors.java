package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.query.AgedMemberRow;
import org.kalamela.application.registry.query.MemberQuery;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The admin's list of councilors across units, with the filters of {@link ListMembers}, paged, each with their
 * age today.
 */
@UseCase
public class ListCouncilors {

    private final RegistryListReader lists;
    private final Clock clock;

    @Inject
    public ListCouncilors(RegistryListReader lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Transactional
    public Page<AgedMemberRow> execute(MemberQuery query, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return lists.councilors(ListMembers.filter(query, today), page).map(row -> ListMembers.aged(row, today));
    }
}
