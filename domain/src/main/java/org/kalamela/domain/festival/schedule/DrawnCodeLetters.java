package org.kalamela.domain.festival.schedule;

import java.util.Set;
import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: the code letters an event's draw gave (empty before its draw). The stage status names the
 * code letter on stage and may name only these.
 */
public interface DrawnCodeLetters {

    Set<String> of(EventId event);
}
