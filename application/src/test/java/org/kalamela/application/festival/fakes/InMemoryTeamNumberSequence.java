package org.kalamela.application.festival.fakes;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamNumberSequence;

/** The per-(edition, event) team counters in memory, advanced atomically like the database row under lock. */
public final class InMemoryTeamNumberSequence implements TeamNumberSequence {

    private record Key(EditionYear edition, EventId event) {
    }

    private final ConcurrentMap<Key, Integer> last = new ConcurrentHashMap<>();

    @Override
    public int next(EditionYear edition, EventId event) {
        return last.merge(new Key(edition, event), 1, Integer::sum);
    }
}
