package org.kalamela.domain.festival.draw;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;

/** Outbound port: the drawn order of appearance of each event. */
public interface DrawRepository {

    Optional<Draw> find(EventId event);

    /** Whether any event of the edition has a draw whose code letters carry marks (its draw is locked). */
    boolean anyMarked(EditionYear edition);

    /** Stores the draw, replacing the event's earlier one (refused by the caller once marks exist). */
    void replace(Draw draw);
}
