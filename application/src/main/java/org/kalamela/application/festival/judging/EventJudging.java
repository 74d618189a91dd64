package org.kalamela.application.festival.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every judging use case looks up first: the event of the current edition, a judge's seat on its panel
 * (a judge not seated there is told the event does not exist, as for any event that is not theirs), the draw,
 * the criteria and the result. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class EventJudging {

    private final CurrentEdition editions;
    private final EventLookup events;
    private final JudgeSheetRepository sheets;
    private final DrawRepository draws;
    private final CriteriaRepository criteria;
    private final EventResultRepository results;

    @Inject
    public EventJudging(CurrentEdition editions, EventLookup events, JudgeSheetRepository sheets,
                        DrawRepository draws, CriteriaRepository criteria, EventResultRepository results) {
        this.editions = editions;
        this.events = events;
        this.sheets = sheets;
        this.draws = draws;
        this.criteria = criteria;
        this.results = results;
    }

    public Edition edition() {
        return editions.require();
    }

    /** @throws NotFound {@code NOT_FOUND} for an event not of the current edition */
    public FestivalEvent event(Edition edition, EventId event) {
        return events.require(event, edition.year());
    }

    /** The judge's sheet of the event; not seated there is the same 404 as an event that does not exist. */
    public JudgeSheet seat(EventId event, AccountId judge) {
        return sheets.find(event, judge).orElseThrow(() -> new NotFound("Event", event));
    }

    /** The judge's sheet as the admin asks for it: a judge not on the panel is not found. */
    public JudgeSheet sheetOnPanel(EventId event, AccountId judge) {
        return sheets.find(event, judge).orElseThrow(() -> new NotFound("Judge on the panel", judge));
    }

    public Optional<Draw> draw(EventId event) {
        return draws.find(event);
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_DRAWN} before the draw: there are no code letters to mark */
    public Draw requireDraw(EventId event) {
        return DrawPolicy.requireDrawn(draws.find(event), "event " + event);
    }

    /** The criteria a judge reads: the stored ones, or the default an unmarked event would be stored with. */
    public EventCriteria criteria(EventId event) {
        return criteria.find(event).orElse(EventCriteria.DEFAULT);
    }

    /** The criteria marks are written against, the default stored first when there are none. */
    public EventCriteria fixedCriteria(EventId event) {
        return criteria.fixed(event);
    }

    public Optional<EventResult> result(EventId event) {
        return results.find(event);
    }

    /** Refuses changing marks of a published result (RESULT_PUBLISHED); other states allow it. */
    public void checkMarksMayChange(EventId event) {
        results.find(event).ifPresent(EventResult::checkMarksMayChange);
    }
}
