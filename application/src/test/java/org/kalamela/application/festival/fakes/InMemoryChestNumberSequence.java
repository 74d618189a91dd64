package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.festival.chest.ChestNumberSequence;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;

/** The per-(edition, seniority) counters in memory, advanced atomically like the database row under lock. */
public final class InMemoryChestNumberSequence implements ChestNumberSequence {

    private record Key(EditionYear edition, Seniority seniority) {
    }

    private final Map<Key, ChestNumber> last = new HashMap<>();

    @Override
    public synchronized Optional<ChestNumber> next(EditionYear edition, Seniority seniority,
                                                   ChestNumberSeries series) {
        Key key = new Key(edition, seniority);
        Optional<ChestNumber> next = series.next(Optional.ofNullable(last.get(key)));
        next.ifPresent(number -> last.put(key, number));
        return next;
    }
}
