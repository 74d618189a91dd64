package org.kalamela.application.festival.entry;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.application.festival.query.EntryListReader;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamListReader;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin's lists of every district's entries, paged and filtered by district, unit, event and (for
 * individual entries) seniority. An edition of null means the current one.
 */
@UseCase
public class ListAllEntries {

    private final CurrentEdition editions;
    private final EntryListReader entries;
    private final TeamListReader teams;

    @Inject
    public ListAllEntries(CurrentEdition editions, EntryListReader entries, TeamListReader teams) {
        this.editions = editions;
        this.entries = entries;
        this.teams = teams;
    }

    @Transactional
    public Page<IndividualEntryRow> individual(EditionYear edition, IndividualEntryFilter filter, PageRequest page,
                                               Actor actor) {
        actor.require(Role.ADMIN);
        return entries.find(editions.orCurrent(edition).year(),
                filter == null ? IndividualEntryFilter.all() : filter, page);
    }

    @Transactional
    public Page<TeamRow> teams(EditionYear edition, TeamFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return teams.find(editions.orCurrent(edition).year(), filter == null ? TeamFilter.all() : filter, page);
    }
}
