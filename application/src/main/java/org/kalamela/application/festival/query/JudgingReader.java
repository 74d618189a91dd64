package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Map;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

/** The admin's view of an event's judging: who performs under each code letter, and who sits on the panel. */
public interface JudgingReader {

    /** The event's drawn performers in order of appearance (one statement). */
    List<DrawnPerformerRow> performers(EventId event);

    /** The display names of the event's panel, by judge (one statement). */
    Map<AccountId, String> judgeNames(EventId event);
}
