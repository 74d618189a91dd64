package org.kalamela.application.festival.event;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/** One event for the admin, of any edition. */
@UseCase
public class ShowEvent {

    private final FestivalEventRepository events;

    @Inject
    public ShowEvent(FestivalEventRepository events) {
        this.events = events;
    }

    @Transactional
    public FestivalEvent execute(EventId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<FestivalEvent>empty() : events.findById(id))
                .orElseThrow(() -> new NotFound("Event", id));
    }
}
