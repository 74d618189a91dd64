package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.Map;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.result.ResultNumberSequence;

/** One counter per edition. */
public final class InMemoryResultNumberSequence implements ResultNumberSequence {

    private final Map<EditionYear, Integer> last = new HashMap<>();

    @Override
    public synchronized int next(EditionYear edition) {
        return last.merge(edition, 1, Integer::sum);
    }
}
