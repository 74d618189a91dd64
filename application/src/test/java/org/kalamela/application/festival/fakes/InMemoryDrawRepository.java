package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/** Draws by event; a draw whose letters carry marks is not replaced, as the marks' foreign key refuses. */
public final class InMemoryDrawRepository implements DrawRepository {

    private final Map<EventId, Draw> draws = new HashMap<>();
    private final Predicate<EventId> marksExist;

    public InMemoryDrawRepository(Predicate<EventId> marksExist) {
        this.marksExist = marksExist;
    }

    @Override
    public synchronized Optional<Draw> find(EventId event) {
        return Optional.ofNullable(draws.get(event));
    }

    @Override
    public synchronized boolean anyMarked(EditionYear edition) {
        return draws.values().stream().anyMatch(draw -> draw.edition().equals(edition) && marksExist.test(draw.event()));
    }

    @Override
    public synchronized void replace(Draw draw) {
        if (draws.containsKey(draw.event()) && marksExist.test(draw.event())) {
            throw new RuleViolation(ErrorCode.DRAW_LOCKED, "Marks exist for this event");
        }
        draws.put(draw.event(), draw);
    }
}
