package org.kalamela.domain.festival.draw;

import java.util.List;
import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: who is drawn in an event, as it stands: its individual entries (an individual event) or its
 * teams (a group event), in no particular order ({@link DrawPolicy} orders them before shuffling).
 */
public interface EventPerformers {

    List<Performer> of(EventId event);
}
