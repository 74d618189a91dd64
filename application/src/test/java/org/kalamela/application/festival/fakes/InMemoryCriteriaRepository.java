package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/** Criteria by event; stored criteria that marks refer to are not replaced, as the marks' foreign key refuses. */
public final class InMemoryCriteriaRepository implements CriteriaRepository {

    private final Map<EventId, EventCriteria> criteria = new HashMap<>();
    private final Predicate<EventId> marksExist;

    public InMemoryCriteriaRepository(Predicate<EventId> marksExist) {
        this.marksExist = marksExist;
    }

    @Override
    public synchronized Optional<EventCriteria> find(EventId event) {
        return Optional.ofNullable(criteria.get(event));
    }

    @Override
    public synchronized void replace(EventId event, EventCriteria replacement) {
        if (criteria.containsKey(event) && marksExist.test(event)) {
            throw new RuleViolation(ErrorCode.CRITERIA_LOCKED, "Marks exist for this event");
        }
        criteria.put(event, replacement);
    }
}
