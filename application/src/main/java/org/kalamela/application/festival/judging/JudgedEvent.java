package org.kalamela.application.festival.judging;

import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.shared.error.NotFound;

/**
 * What the judging use cases read about one event, of any edition: the event, its edition's rules, its
 * criteria (the stored ones, else the default, which reading never stores), its drawn code letters and the
 * state of its result (SCORING until a result is stored). Not a bean: each use case makes its own.
 */
final class JudgedEvent {

    /** The facts of one event. {@code letters} is empty until the order of appearance is drawn. */
    record Facts(FestivalEvent event, Edition edition, EventCriteria criteria, boolean criteriaStored,
                 boolean drawn, Set<CodeLetter> letters, EventResultState resultState) {

        boolean stillScoring() {
            return resultState == EventResultState.SCORING;
        }
    }

    private final FestivalEventRepository events;
    private final EditionRepository editions;
    private final CriteriaRepository criteria;
    private final DrawRepository draws;
    private final EventResultRepository results;

    JudgedEvent(FestivalEventRepository events, EditionRepository editions, CriteriaRepository criteria,
                DrawRepository draws, EventResultRepository results) {
        this.events = events;
        this.editions = editions;
        this.criteria = criteria;
        this.draws = draws;
        this.results = results;
    }

    /** @throws NotFound when no event has the id */
    FestivalEvent require(EventId id) {
        return (id == null ? Optional.<FestivalEvent>empty() : events.findById(id))
                .orElseThrow(() -> new NotFound("Event", id));
    }

    Facts facts(EventId id) {
        FestivalEvent event = require(id);
        Edition edition = editions.findByYear(event.edition()).orElseThrow(
                () -> new IllegalStateException("event " + id + " of an edition that is not stored"));
        Optional<EventCriteria> stored = criteria.find(id);
        Optional<Draw> draw = draws.find(id);
        EventResultState state = results.find(id).map(EventResult::state).orElse(EventResultState.SCORING);
        return new Facts(event, edition, stored.orElse(EventCriteria.DEFAULT), stored.isPresent(), draw.isPresent(),
                draw.map(Draw::codeLetters).orElse(Set.of()), state);
    }
}
