package org.kalamela.application.festival.exclusion;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.application.festival.query.ExclusionRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's list of the members excluded from an edition (null: the current one), paged. */
@UseCase
public class ListExclusions {

    private final ExclusionListReader list;
    private final CurrentEdition editions;

    @Inject
    public ListExclusions(ExclusionListReader list, CurrentEdition editions) {
        this.list = list;
        this.editions = editions;
    }

    @Transactional
    public Page<ExclusionRow> execute(EditionYear edition, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return list.list(editions.orCurrent(edition).year(), page);
    }
}
