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
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin reads an event's criteria: the stored ones, or the default "Overall" of 100 (not stored by reading). */
@UseCase
public class ShowEventCriteria {

    private final JudgedEvent judged;
    private final JudgeSheetRepository sheets;

    @Inject
    public ShowEventCriteria(FestivalEventRepository events, EditionRepository editions, CriteriaRepository criteria,
                             DrawRepository draws, EventResultRepository results, JudgeSheetRepository sheets) {
        this.judged = new JudgedEvent(events, editions, criteria, draws, results);
        this.sheets = sheets;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound for an unknown event */
    @Transactional
    public CriteriaView execute(EventId event, Actor actor) {
        actor.require(Role.ADMIN);
        JudgedEvent.Facts facts = judged.facts(event);
        return new CriteriaView(event.value(), facts.event().name(), facts.criteriaStored(),
                sheets.marksExist(event), CriteriaView.items(facts.criteria()));
    }
}
