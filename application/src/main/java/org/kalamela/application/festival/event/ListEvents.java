package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's list of an edition's events, active or not, in the order they were added, paged; and one event. */
@UseCase
public class ListEvents {

    private final FestivalEventRepository events;
    private final CurrentEdition editions;

    @Inject
    public ListEvents(FestivalEventRepository events, CurrentEdition editions) {
        this.events = events;
        this.editions = editions;
    }

    /** @param edition null for the current edition */
    @Transactional
    public Page<FestivalEvent> execute(EditionYear edition, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return events.findByEdition(editions.orCurrent(edition).year(), page);
    }
}
