package org.kalamela.application.festival.draw;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin reads an event's order of appearance: code letter, place, chest number or team code, names, unit
 * and district, with the seed that replays it; an event not drawn yet answers with no seed and no places.
 * Only the admin: the letters stand for people, and the judges must not learn whom.
 */
@UseCase
public class ShowDraw {

    private final EventLookup events;
    private final CurrentEdition editions;
    private final DrawViews views;

    @Inject
    public ShowDraw(EventLookup events, CurrentEdition editions, DrawViews views) {
        this.events = events;
        this.editions = editions;
        this.views = views;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound for an event not of the current edition */
    @Transactional
    public DrawView execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        return views.of(events.require(eventId, editions.require().year()));
    }
}
