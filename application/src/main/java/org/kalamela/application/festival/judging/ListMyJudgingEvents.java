package org.kalamela.application.festival.judging;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * A judge's own list: the events whose panel they sit on (ascending by id), each with its criteria, the state
 * of their sheet and the result's state. Only the judge's own seats: nothing of another judge's sheet.
 */
@UseCase
public class ListMyJudgingEvents {

    private final JudgedEvent judged;
    private final JudgeSheetRepository sheets;

    @Inject
    public ListMyJudgingEvents(FestivalEventRepository events, EditionRepository editions,
                               CriteriaRepository criteria, DrawRepository draws, EventResultRepository results,
                               JudgeSheetRepository sheets) {
        this.judged = new JudgedEvent(events, editions, criteria, draws, results);
        this.sheets = sheets;
    }

    @Transactional
    public List<JudgingAssignment> execute(Actor actor) {
        actor.require(Role.JUDGE);
        return sheets.eventsOf(actor.accountId()).stream().map(event -> assignment(event, actor)).toList();
    }

    private JudgingAssignment assignment(EventId event, Actor judge) {
        JudgedEvent.Facts facts = judged.facts(event);
        JudgeSheet sheet = sheets.find(event, judge.accountId()).orElseThrow(
                () -> new IllegalStateException("the judge's seat on " + event + " is not read back"));
        return new JudgingAssignment(event.value(), facts.event().name(), facts.edition().year().value(),
                facts.event().kind(), CriteriaView.items(facts.criteria()),
                facts.drawn() ? facts.letters().size() : null, sheet.state(), sheet.marks().size(),
                facts.drawn() ? sheet.missing(facts.criteria(), facts.letters()) : null, facts.resultState());
    }
}
