package org.kalamela.application.festival.query;

import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.event.EventId;

/**
 * Read port: an event's drawn order of appearance with who appears in each place, from one query streamed in
 * order of place (a team's members' names joined in the query), so a call sheet of any length is printed
 * with flat memory. Empty before the event is drawn.
 */
public interface OrderOfAppearanceReader {

    RowSource<AppearanceRow> appearances(EventId event);
}
