package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** A judge reads their sheet of an event they sit on: code letters, criteria, their marks so far, its state. */
@UseCase
public class ShowMySheet {

    private final EventJudging judging;

    @Inject
    public ShowMySheet(EventJudging judging) {
        this.judging = judging;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for an event the judge does not sit on */
    @Transactional
    public SheetView execute(EventId eventId, Actor actor) {
        actor.require(Role.JUDGE);
        JudgeSheet sheet = judging.seat(eventId, actor.accountId());
        Edition edition = judging.edition();
        FestivalEvent event = judging.event(edition, eventId);
        return SheetView.of(event, sheet, judging.criteria(eventId), judging.draw(eventId));
    }
}
