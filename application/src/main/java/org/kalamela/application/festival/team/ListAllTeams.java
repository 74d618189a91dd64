package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamListReader;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The admin's list of every district's teams, paged and filtered by district, unit and event. An edition of
 * null means the current one.
 */
@UseCase
public class ListAllTeams {

    private final CurrentEdition editions;
    private final TeamListReader teams;

    @Inject
    public ListAllTeams(CurrentEdition editions, TeamListReader teams) {
        this.editions = editions;
        this.teams = teams;
    }

    @Transactional
    public Page<TeamRow> execute(EditionYear edition, TeamFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return teams.find(editions.orCurrent(edition).year(), filter == null ? TeamFilter.all() : filter, page);
    }
}
