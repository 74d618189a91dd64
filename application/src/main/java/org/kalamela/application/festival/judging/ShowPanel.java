package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin reads an event's panel: each judge with the state of their sheet and the marks still missing. */
@UseCase
public class ShowPanel {

    private final Panels panels;

    @Inject
    public ShowPanel(FestivalEventRepository events, EditionRepository editions, CriteriaRepository criteria,
                     DrawRepository draws, EventResultRepository results, JudgeSheetRepository sheets,
                     AccountRepository accounts) {
        this.panels = new Panels(new JudgedEvent(events, editions, criteria, draws, results), sheets, accounts);
    }

    /** @throws org.kalamela.domain.shared.error.NotFound for an unknown event */
    @Transactional
    public PanelView execute(EventId event, Actor actor) {
        actor.require(Role.ADMIN);
        return panels.view(event);
    }
}
