package org.kalamela.application.festival.result;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.judging.EventJudging;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin reads an event's result: state, panel, and per code letter the performer, totals and places. */
@UseCase
public class ShowEventResult {

    private final EventJudging judging;
    private final EventResultViews views;

    @Inject
    public ShowEventResult(EventJudging judging, EventResultViews views) {
        this.judging = judging;
        this.views = views;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND}, {@code NO_CURRENT_EDITION} */
    @Transactional
    public EventResultView execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, eventId);
        EventResult result = judging.result(eventId).orElseGet(() -> EventResult.scoring(eventId, edition.year()));
        return views.of(event, edition, result);
    }
}
