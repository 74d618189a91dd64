package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.EntryListReader;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The admin's list of every district's individual entries, paged and filtered by district, unit, event and
 * seniority ({@code team.ListAllTeams} lists the teams). An edition of null means the current one.
 */
@UseCase
public class ListAllEntries {

    private final CurrentEdition editions;
    private final EntryListReader entries;

    @Inject
    public ListAllEntries(CurrentEdition editions, EntryListReader entries) {
        this.editions = editions;
        this.entries = entries;
    }

    @Transactional
    public Page<IndividualEntryRow> execute(EditionYear edition, IndividualEntryFilter filter, PageRequest page,
                                            Actor actor) {
        actor.require(Role.ADMIN);
        return entries.find(editions.orCurrent(edition).year(),
                filter == null ? IndividualEntryFilter.all() : filter, page);
    }
}
